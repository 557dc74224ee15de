using Nop.Plugin.Payments.Ecster.Services.BackOffice.Storage;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;

/// <summary>Everything the back office remembers about one order, stored as one JSON value.</summary>
public sealed class MoneyLedgerDocument : IVersionedDocument
{
    /// <summary>Raised by every save; a save over a version other than the one loaded is refused (see <see cref="DocumentTurns"/>).</summary>
    public long Version { get; set; }

    public List<LedgerEntry> Entries { get; set; } = [];

    /// <summary>The order amount Ecster last confirmed; an admin edit is detected against it.</summary>
    public decimal? EcsterAmount { get; set; }

    /// <summary>An edited total that could not reach Ecster (after a debit), so it is noted once, not on every save.</summary>
    public decimal? RefusedEditTotal { get; set; }

    public IEnumerable<LedgerEntry> Open => Entries.Where(e => e.IsOpen);

    public LedgerEntry? FindByReference(string reference) =>
        Entries.FirstOrDefault(e => string.Equals(e.Reference, reference, StringComparison.Ordinal));

    /// <summary>The entries of one intent (see <see cref="LedgerEntry.Intent"/>).</summary>
    public IEnumerable<LedgerEntry> OfIntent(string intent) =>
        Entries.Where(e => string.Equals(e.Intent, intent, StringComparison.Ordinal));

    /// <summary>How much of an intent Ecster has carried out.</summary>
    public decimal SucceededOfIntent(string intent) =>
        OfIntent(intent).Where(e => e.State == LedgerEntryState.Succeeded).Sum(e => e.Amount);

    public bool KnowsTransaction(string transactionId) =>
        Entries.Any(e => string.Equals(e.EcsterTransactionId, transactionId, StringComparison.Ordinal));
}
