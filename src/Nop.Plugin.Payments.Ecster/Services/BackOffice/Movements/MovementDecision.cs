using Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice.Movements;

/// <summary>What an operation wants, decided from Ecster's current order and the ledger (inside the order's lock).</summary>
public abstract record MovementDecision
{
    /// <summary>Move this amount. <paramref name="ReferenceKey"/> names the intent (e.g. "shipment12") when it has one.</summary>
    public sealed record Move(MovementType Type, decimal Amount, string? ReferenceKey = null) : MovementDecision;

    /// <summary>Nothing to move because it already happened (a double click, two admins): success, no call.</summary>
    public sealed record AlreadyDone(LedgerEntry? Entry) : MovementDecision;

    /// <summary>Refused before calling Ecster; <paramref name="TextKey"/> is a BackOffice text key.</summary>
    public sealed record Refuse(string TextKey, params object?[] Args) : MovementDecision;
}
