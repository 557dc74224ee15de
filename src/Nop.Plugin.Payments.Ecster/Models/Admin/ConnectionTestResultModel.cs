namespace Nop.Plugin.Payments.Ecster.Models.Admin;

/// <summary>What "Test connection" found, in words for the shop owner (never containing a key).</summary>
public record ConnectionTestResultModel(bool Succeeded, string Message);
