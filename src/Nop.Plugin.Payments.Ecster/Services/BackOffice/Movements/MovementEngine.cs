using System.Security.Cryptography;
using System.Text;
using Nop.Plugin.Payments.Ecster.Services.Api;
using Ecster.Client;
using Ecster.Client.Models;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Storage;
using Nop.Plugin.Payments.Ecster.Services.Cart;
using NopOrder = Nop.Core.Domain.Orders.Order;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice.Movements;

/// <summary>
/// The one place that moves money on an Ecster order or mirrors Ecster's order onto nopCommerce's. Inside the
/// order's lock (shared by every node) it (1) reads Ecster's order, (2) reconciles the ledger with it
/// (<see cref="LedgerReconciler"/>): an entry left open by an earlier attempt is settled by that read, never by
/// sending it again, and while one stays open nothing more moves on the order; (3) lets the caller decide, then
/// (4) records the movement as Pending with a reference unique on the order, (5) calls Ecster once and (6) records
/// the result. Ecster does not deduplicate references, so a lost answer leaves the entry Unknown until a read
/// shows the transaction (done) or the settling window passes without it (failed).
/// </summary>
public class MovementEngine
{
    private readonly IStoreEcsterClients _clients;
    private readonly MoneyLedger _ledger;
    private readonly OrderLocks _locks;
    private readonly OrderNotes _notes;
    private readonly LedgerReconciler _reconciler;
    private readonly EcsterOrderSync _sync;
    private readonly BackOfficeTexts _texts;
    private readonly TimeProvider _timeProvider;

    public MovementEngine(IStoreEcsterClients clients, MoneyLedger ledger, OrderLocks locks, OrderNotes notes,
        LedgerReconciler reconciler, EcsterOrderSync sync, BackOfficeTexts texts, TimeProvider timeProvider)
    {
        _clients = clients;
        _ledger = ledger;
        _locks = locks;
        _notes = notes;
        _reconciler = reconciler;
        _sync = sync;
        _texts = texts;
        _timeProvider = timeProvider;
    }

    /// <summary>
    /// Moves money as <paramref name="decide"/> says, given Ecster's current order and the ledger. With
    /// <paramref name="mirrorOntoOrder"/> the order's payment status follows Ecster's order afterwards, inside the
    /// lock (order events); the order screen's buttons leave that to nopCommerce, which sets it from their result.
    /// </summary>
    public Task<MovementOutcome> ExecuteAsync(NopOrder order, string trigger, Func<Order, MoneyLedgerDocument, MovementDecision> decide,
        bool mirrorOntoOrder = false) =>
        InLockAsync(order, async (client, ecsterId, ledger) =>
        {
            var outcome = await DecideAndMoveAsync(client, order, ecsterId, ledger, trigger, decide);
            if (mirrorOntoOrder && outcome.Ecster is { } after)
                await _sync.ApplyStatusAsync(order, after);
            return outcome;
        });

    private async Task<MovementOutcome> DecideAndMoveAsync(IEcsterClient client, NopOrder order, string ecsterId, MoneyLedgerDocument ledger,
        string trigger, Func<Order, MoneyLedgerDocument, MovementDecision> decide)
    {
        var (ecster, blocked) = await ReadAndReconcileAsync(client, order, ecsterId, ledger, CancellationToken.None);
        if (blocked is not null)
        {
            await _ledger.SaveAsync(order, ledger);
            return MovementOutcome.Failed(blocked);
        }

        switch (decide(ecster!, ledger))
        {
            case MovementDecision.Refuse refuse:
                await _ledger.SaveAsync(order, ledger);
                return new MovementOutcome { Error = await _texts.GetAsync(refuse.TextKey, refuse.Args), Ecster = ecster };

            case MovementDecision.AlreadyDone done:
                await _ledger.SaveAsync(order, ledger);
                return new MovementOutcome { Entry = done.Entry, Ecster = ecster };

            case MovementDecision.Move move:
                return await MoveAsync(client, order, ecsterId, ledger, ecster!, move, trigger);

            default:
                throw new InvalidOperationException("Unknown movement decision.");
        }
    }

    /// <summary>
    /// Mirrors Ecster's order onto nopCommerce's (ledger, payment status) without moving money: for notifications
    /// and order edits. <paramref name="wanted"/> says, from the ledger alone, whether a read is needed at all;
    /// <paramref name="then"/> may change Ecster's order (an edit) or the ledger (a notification remembered) and
    /// answers Ecster's order as it stands afterwards.
    /// </summary>
    public Task<SyncOutcome> SyncAsync(NopOrder order, Func<MoneyLedgerDocument, bool> wanted,
        Func<IEcsterClient, Order, MoneyLedgerDocument, Task<Order>>? then = null, TimeSpan? readBudget = null) =>
        InLockAsync(order, async (client, ecsterId, ledger) =>
        {
            if (!wanted(ledger))
                return SyncOutcome.NotNeeded;
            // Mirroring the same Ecster state again must change nothing, not even the ledger's version.
            var before = MoneyLedger.Snapshot(ledger);
            using var budget = readBudget is { } limit ? new CancellationTokenSource(limit) : new CancellationTokenSource();
            var (ecster, blocked) = await ReadAndReconcileAsync(client, order, ecsterId, ledger, budget.Token);
            if (ecster is null)
                return SyncOutcome.Unreadable;
            if (blocked is null && then is not null)
                ecster = await then(client, ecster, ledger);
            if (MoneyLedger.Snapshot(ledger) != before)
                await _ledger.SaveAsync(order, ledger);
            await _sync.ApplyStatusAsync(order, ecster);
            return blocked is null ? SyncOutcome.Applied : SyncOutcome.Blocked;
        }, _ => SyncOutcome.Unreadable);

    /// <summary>The admin's "resolve" action: settles open entries by reading now; null when none is left open.</summary>
    public async Task<string?> ResolveAsync(NopOrder order)
    {
        var outcome = await InLockAsync(order, async (client, ecsterId, ledger) =>
        {
            var (_, blocked) = await ReadAndReconcileAsync(client, order, ecsterId, ledger, CancellationToken.None);
            await _ledger.SaveAsync(order, ledger);
            return blocked is null ? new MovementOutcome() : MovementOutcome.Failed(blocked);
        });
        return outcome.Error;
    }

    private async Task<T> InLockAsync<T>(NopOrder order, Func<IEcsterClient, string, MoneyLedgerDocument, Task<T>> body,
        Func<string, T>? refused = null)
    {
        refused ??= error => (T)(object)MovementOutcome.Failed(error);
        if (!EcsterOrders.IsEcsterOrder(order))
            return refused(await _texts.GetAsync("Errors.NotEcsterOrder"));
        var client = await _clients.ForStoreAsync(order.StoreId);
        if (client is null)
            return refused(await _texts.GetAsync("Errors.NotConfigured"));
        var ecsterId = EcsterOrders.EcsterOrderId(order);

        try
        {
            return await _locks.RunAsync(OrderLocks.ForOrder(order.Id), async () => await body(client, ecsterId, await _ledger.LoadAsync(order)));
        }
        catch (Exception error) when (error is OrderBusyException or DocumentConflictException)
        {
            // Another node is working on this order (or wrote its ledger meanwhile): nothing was sent; try again.
            return refused(await _texts.GetAsync("Errors.OrderBusy"));
        }
    }

    /// <summary>Reads Ecster's order and reconciles; the error text is set when an open entry blocks the order.</summary>
    private async Task<(Order? Ecster, string? Blocked)> ReadAndReconcileAsync(IEcsterClient client, NopOrder order, string ecsterId,
        MoneyLedgerDocument ledger, CancellationToken cancellationToken)
    {
        Order ecster;
        try
        {
            ecster = await client.GetOrderAsync(ecsterId, cancellationToken);
        }
        catch (Exception error) when (error is EcsterApiException or OperationCanceledException or HttpRequestException)
        {
            if (ledger.Open.FirstOrDefault() is { } open)
            {
                await _notes.AddAsync(order, "StillUnknown", open.Type, open.Reference);
                return (null, await _texts.GetAsync("Errors.UnresolvedMovement", open.Type, open.Reference));
            }

            return (null, error is EcsterApiException api ? await _texts.ErrorAsync(api) : await _texts.GetAsync("Errors.EcsterUnavailable", "-", "-"));
        }

        var stillOpen = await _reconciler.ReconcileAsync(order, ecster, ledger);
        return (ecster, stillOpen is null ? null : await _reconciler.BlockedAsync(stillOpen));
    }

    private async Task<MovementOutcome> MoveAsync(IEcsterClient client, NopOrder order, string ecsterId, MoneyLedgerDocument ledger,
        Order ecster, MovementDecision.Move move, string trigger)
    {
        var intent = IntentOf(move);
        var done = intent is null ? 0m : ledger.SucceededOfIntent(intent);
        if (intent is not null && done > 0 && (move.Type != MovementType.Credit || done >= move.Amount))
        {
            // A named intent (a shipment, a cancellation, a refund click) that already happened: never twice.
            await _ledger.SaveAsync(order, ledger);
            return new MovementOutcome { Entry = ledger.OfIntent(intent).Last(e => e.State == LedgerEntryState.Succeeded), Ecster = ecster };
        }

        IReadOnlyList<(string? DebitTransaction, decimal Amount)> parts = [(null, move.Amount)];
        if (move.Type == MovementType.Credit)
        {
            var split = CreditSplit.Across(ecster, move.Amount - done);
            if (split is null)
            {
                await _ledger.SaveAsync(order, ledger);
                return new MovementOutcome { Error = await _texts.GetAsync("Errors.AmountExceedsDebited", "AMOUNT_EXCEEDS_DEBITED", "-"), Ecster = ecster };
            }

            parts = split.Select(p => ((string?)p.DebitTransaction, p.Amount)).ToList();
        }

        // One part at a time: each is recorded before it is sent, and a part that does not succeed stops the rest.
        LedgerEntry entry = null!;
        var after = ecster;
        for (var part = 0; part < parts.Count; part++)
        {
            var (debitTransaction, amount) = parts[part];
            entry = new LedgerEntry
            {
                Type = move.Type,
                Reference = NewReference(order, ledger, move),
                Intent = intent,
                Amount = amount,
                DebitTransaction = debitTransaction,
                State = LedgerEntryState.Pending,
                Trigger = trigger,
                CreatedOnUtc = _timeProvider.GetUtcNow().UtcDateTime
            };
            ledger.Entries.Add(entry);
            // Durable before the call: a crash from here on leaves a Pending entry that the next attempt settles by reading.
            await _ledger.SaveAsync(order, ledger);
            await _notes.AddAsync(order, "Sending", entry.Type, SekRate.Describe(order, entry.Amount), entry.Reference, trigger);

            after = await SendOnceAsync(client, order, ecsterId, ledger, entry) ?? after;
            ledger.EcsterAmount = after.Amount;
            var recorded = await RecordSentAsync(order, ledger, entry);
            if (!recorded && entry.State == LedgerEntryState.Succeeded && part < parts.Count - 1)
                return new MovementOutcome { Entry = entry, Error = await _texts.GetAsync("Errors.OrderBusy"), Ecster = after };
            if (entry.State != LedgerEntryState.Succeeded)
                break;
        }

        return entry.State switch
        {
            LedgerEntryState.Succeeded => new MovementOutcome { Entry = entry, Ecster = after },
            LedgerEntryState.Failed => new MovementOutcome { Entry = entry, Error = entry.Error, Ecster = after },
            _ => new MovementOutcome { Entry = entry, Error = await _reconciler.BlockedAsync(entry) }
        };
    }

    /// <summary>
    /// Saves what a send did. When nopCommerce's locker let another node into the order beside this one, that node
    /// may have saved the ledger meanwhile, finding this entry open (it can only leave it open: it cannot know the
    /// answer). The answer this node holds is then written onto the latest ledger rather than lost, and false tells
    /// the caller to stop: its copy of the ledger is no longer the latest.
    /// </summary>
    private async Task<bool> RecordSentAsync(NopOrder order, MoneyLedgerDocument ledger, LedgerEntry entry)
    {
        try
        {
            await _ledger.SaveAsync(order, ledger);
            return true;
        }
        catch (DocumentConflictException)
        {
            // An answer still unknown is open on the latest ledger too, where a read will settle it.
            if (entry.IsOpen)
                return false;
            var latest = await _ledger.LoadAsync(order);
            if (latest.FindByReference(entry.Reference) is { IsOpen: true } open)
            {
                LedgerReconciler.Complete(open, entry.State, entry.EcsterTransactionId, entry.Error, entry.CompletedOnUtc ?? _timeProvider.GetUtcNow().UtcDateTime);
                latest.EcsterAmount = ledger.EcsterAmount;
                try
                {
                    await _ledger.SaveAsync(order, latest);
                }
                catch (DocumentConflictException)
                {
                    // Busier still: the entry stays open on the latest ledger, and the next read settles it.
                }
            }

            return false;
        }
    }

    /// <summary>Calls Ecster once for a Pending entry and records what is known; returns Ecster's order after, if read.</summary>
    private async Task<Order?> SendOnceAsync(IEcsterClient client, NopOrder order, string ecsterId, MoneyLedgerDocument ledger, LedgerEntry entry)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        try
        {
            var result = await SendAsync(client, ecsterId, entry);
            LedgerReconciler.Complete(entry, LedgerEntryState.Succeeded, result.Transaction.Id, null, now);
            await _notes.AddAsync(order, "Succeeded", entry.Type, BackOfficeTexts.Sek(entry.Amount), result.Transaction.Id, entry.Reference);
            return await ReadAfterAsync(client, ecsterId);
        }
        catch (EcsterApiException error) when (error.Kind is EcsterErrorKind.UnknownOutcome or EcsterErrorKind.MalformedResponse)
        {
            return await LostAnswerAsync(client, order, ecsterId, ledger, entry);
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
        {
            return await LostAnswerAsync(client, order, ecsterId, ledger, entry);
        }
        catch (EcsterApiException error)
        {
            // A definite refusal: Ecster answered that it did not do it.
            LedgerReconciler.Complete(entry, LedgerEntryState.Failed, null, await _texts.ErrorAsync(error), now);
            await _notes.AddAsync(order, "Failed", entry.Type, BackOfficeTexts.Sek(entry.Amount), entry.Error);
            return null;
        }
    }

    /// <summary>The answer was lost: Unknown, then one read. Found means done; absence settles nothing yet.</summary>
    // Ecster's transaction answer carries the order's status, not the order (docs/ecster-api.md §9): read it. The
    // movement is done whatever this read does, so a failed read only leaves the order after unknown (null).
    private static async Task<Order?> ReadAfterAsync(IEcsterClient client, string ecsterId)
    {
        try
        {
            return await client.GetOrderAsync(ecsterId);
        }
        catch (Exception error) when (error is EcsterApiException or HttpRequestException or OperationCanceledException)
        {
            return null;
        }
    }

    private async Task<Order?> LostAnswerAsync(IEcsterClient client, NopOrder order, string ecsterId, MoneyLedgerDocument ledger, LedgerEntry entry)
    {
        entry.State = LedgerEntryState.Unknown;
        entry.Error = await _texts.GetAsync("Errors.UnknownOutcome", entry.Reference, "-");
        if (!await RecordSentAsync(order, ledger, entry))
            return null;
        await _notes.AddAsync(order, "Unknown", entry.Type, BackOfficeTexts.Sek(entry.Amount), entry.Reference);
        var (ecster, _) = await ReadAndReconcileAsync(client, order, ecsterId, ledger, CancellationToken.None);
        return ecster;
    }

    private static Task<TransactionResult> SendAsync(IEcsterClient client, string ecsterId, LedgerEntry entry) => entry.Type switch
    {
        MovementType.Debit => client.DebitAsync(ecsterId, new DebitRequest { Amount = entry.Amount, TransactionReference = entry.Reference }),
        MovementType.Credit => client.CreditAsync(ecsterId, new CreditRequest
        {
            Amount = entry.Amount, DebitTransaction = entry.DebitTransaction, TransactionReference = entry.Reference
        }),
        MovementType.Annul => client.AnnulAsync(ecsterId, new AnnulRequest { Amount = entry.Amount, TransactionReference = entry.Reference }),
        _ => throw new InvalidOperationException($"Unknown movement {entry.Type}.")
    };

    /// <summary>"{type}-{key}" for a named intent; null for a movement that is its own intent.</summary>
    internal static string? IntentOf(MovementDecision.Move move) =>
        move.ReferenceKey is { Length: > 0 } key ? $"{move.Type.ToString().ToLowerInvariant()}-{key}" : null;

    /// <summary>The succeeded entry of a named intent (same key), if it already happened.</summary>
    internal static LedgerEntry? DoneBefore(MoneyLedgerDocument ledger, MovementDecision.Move move) =>
        IntentOf(move) is { } intent ? ledger.OfIntent(intent).LastOrDefault(e => e.State == LedgerEntryState.Succeeded) : null;

    /// <summary>
    /// {orderGuid:N}-{type}-{key or sequence}[-n]: never one already on the order, since Ecster does not deduplicate
    /// and a reference is how a read recognises our transaction. At most 64 characters, as Ecster allows; a longer
    /// one keeps its start and ends in a hash of the whole, so it stays unique.
    /// </summary>
    internal static string NewReference(NopOrder order, MoneyLedgerDocument ledger, MovementDecision.Move move)
    {
        var type = move.Type.ToString().ToLowerInvariant();
        var stem = move.ReferenceKey is { Length: > 0 } key
            ? $"{order.OrderGuid:N}-{type}-{key}"
            : $"{order.OrderGuid:N}-{type}-{ledger.Entries.Count(e => !e.External && e.Type == move.Type) + 1}";
        var reference = Fit(stem);
        for (var attempt = 2; ledger.FindByReference(reference) is not null; attempt++)
            reference = Fit($"{stem}-{attempt}");
        return reference;
    }

    private static string Fit(string reference)
    {
        if (reference.Length <= 64)
            return reference;
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(reference)))[..16].ToLowerInvariant();
        return reference[..47] + "-" + hash;
    }
}

/// <summary>How a <see cref="MovementEngine.SyncAsync"/> ended.</summary>
public enum SyncOutcome
{
    /// <summary>The ledger showed nothing to do; Ecster was not called.</summary>
    NotNeeded,

    /// <summary>Ecster's order was read and mirrored.</summary>
    Applied,

    /// <summary>Read and mirrored, but a movement of ours is still unsettled.</summary>
    Blocked,

    /// <summary>Ecster could not be read (or the order was busy on another node); nothing changed.</summary>
    Unreadable
}
