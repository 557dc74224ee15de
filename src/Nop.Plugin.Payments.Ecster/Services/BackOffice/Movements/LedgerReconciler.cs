using Ecster.Client.Models;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;
using NopOrder = Nop.Core.Domain.Orders.Order;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice.Movements;

/// <summary>
/// Brings the ledger in line with a fresh read of Ecster's order. A transaction carrying one of our references
/// means that movement happened, whatever the ledger said (even Failed). An open entry absent from Ecster stays
/// open until <see cref="SettlingWindow"/> has passed since it was recorded, because a request still in flight can
/// commit after the read; only then is absence proof, and the entry Failed. Transactions made outside the shop are
/// mirrored as external entries.
/// </summary>
public class LedgerReconciler
{
    /// <summary>
    /// Far beyond the longest a request of ours can still be in flight (the client's per-try timeout times its
    /// tries, plus Ecster's own processing): assumed, Ecster documents no such figure.
    /// </summary>
    public static readonly TimeSpan SettlingWindow = TimeSpan.FromMinutes(5);

    private readonly OrderNotes _notes;
    private readonly EcsterOrderSync _sync;
    private readonly BackOfficeTexts _texts;
    private readonly TimeProvider _timeProvider;

    public LedgerReconciler(OrderNotes notes, EcsterOrderSync sync, BackOfficeTexts texts, TimeProvider timeProvider)
    {
        _notes = notes;
        _sync = sync;
        _texts = texts;
        _timeProvider = timeProvider;
    }

    /// <summary>Applies the read; returns the first entry still open (it blocks further movements), else null.</summary>
    public async Task<LedgerEntry?> ReconcileAsync(NopOrder order, Order ecster, MoneyLedgerDocument ledger)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        foreach (var entry in ledger.Entries.Where(e => !e.External))
        {
            var seen = ecster.Transactions.FirstOrDefault(t => string.Equals(t.TransactionReference, entry.Reference, StringComparison.Ordinal));
            if (seen is not null && entry.State != LedgerEntryState.Succeeded)
            {
                Complete(entry, LedgerEntryState.Succeeded, seen.Id, null, now);
                await _notes.AddAsync(order, "ResolvedSucceeded", entry.Type, entry.Reference, seen.Id);
            }
            else if (seen is null && entry.IsOpen && now - entry.CreatedOnUtc >= SettlingWindow)
            {
                Complete(entry, LedgerEntryState.Failed, null, await _texts.GetAsync("Errors.NeverReachedEcster"), now);
                await _notes.AddAsync(order, "ResolvedFailed", entry.Type, entry.Reference);
            }
        }

        ledger.EcsterAmount = ecster.Amount;
        await _sync.MirrorExternalMovementsAsync(order, ecster, ledger);
        return ledger.Open.FirstOrDefault();
    }

    /// <summary>The admin's explanation of an entry that still blocks the order.</summary>
    public Task<string> BlockedAsync(LedgerEntry open) =>
        _texts.GetAsync("Errors.UnsettledMovement", open.Type, open.Reference, (int)SettlingWindow.TotalMinutes);

    internal static void Complete(LedgerEntry entry, LedgerEntryState state, string? transactionId, string? error, DateTime now)
    {
        entry.State = state;
        entry.EcsterTransactionId = transactionId;
        entry.Error = error;
        entry.CompletedOnUtc = now;
    }
}
