using Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;
using EcsterOrder = Ecster.Client.Models.Order;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice.Movements;

/// <summary>How an operation ended: the ledger entry it made or reused, Ecster's order after it, or why not.</summary>
public sealed class MovementOutcome
{
    public string? Error { get; init; }

    public bool Success => Error is null;

    public LedgerEntry? Entry { get; init; }

    /// <summary>Ecster's order as it stands after the operation (null when Ecster could not be read).</summary>
    public EcsterOrder? Ecster { get; init; }

    public static MovementOutcome Failed(string error) => new() { Error = error };
}
