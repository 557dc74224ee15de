namespace Nop.Plugin.Payments.Ecster.Services.Admin;

/// <summary>One invalid field of the configuration form: the model property and the locale resource that explains it.</summary>
public sealed record ConfigurationError(string Field, string ResourceKey);
