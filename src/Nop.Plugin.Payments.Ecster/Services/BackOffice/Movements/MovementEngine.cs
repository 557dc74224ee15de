using Ecster.Client;
using Ecster.Client.Models;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;
using NopOrder = Nop.Core.Domain.Orders.Order;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice.Movements;

/// <summary>
/// Moves money on an Ecster order exactly once. Inside the order's lock it (1) settles any entry left open by an
/// earlier attempt (a pending one is re-sent with its own reference, which Ecster replays if it already happened;
/// an unknown one is resolved by reading the order), (2) reads Ecster's order, (3) lets the caller decide, then
/// (4) records the movement as Pending with a deterministic reference, (5) calls Ecster and (6) records the result.
/// A lost answer is resolved at once by reading the order; while that read fails too, the entry stays Unknown and
/// every further movement on the order is refused with that explanation.
/// </summary>
public class MovementEngine
{
    private readonly IStoreEcsterClients _clients;
    private readonly MoneyLedger _ledger;
    private readonly OrderLocks _locks;
    private readonly OrderNotes _notes;
    private readonly EcsterOrderSync _sync;
    private readonly BackOfficeTexts _texts;
    private readonly TimeProvider _timeProvider;

    public MovementEngine(IStoreEcsterClients clients, MoneyLedger ledger, OrderLocks locks, OrderNotes notes,
        EcsterOrderSync sync, BackOfficeTexts texts, TimeProvider timeProvider)
    {
        _clients = clients;
        _ledger = ledger;
        _locks = locks;
        _notes = notes;
        _sync = sync;
        _texts = texts;
        _timeProvider = timeProvider;
    }

    public async Task<MovementOutcome> ExecuteAsync(NopOrder order, string trigger, Func<Order, MoneyLedgerDocument, MovementDecision> decide)
    {
        if (!EcsterOrders.IsEcsterOrder(order))
            return MovementOutcome.Failed(await _texts.GetAsync("Errors.NotEcsterOrder"));
        var client = await _clients.ForStoreAsync(order.StoreId);
        if (client is null)
            return MovementOutcome.Failed(await _texts.GetAsync("Errors.NotConfigured"));
        var ecsterId = EcsterOrders.EcsterOrderId(order);

        return await _locks.RunAsync(OrderLocks.ForOrder(order.Id), async () =>
        {
            var ledger = await _ledger.LoadAsync(order);
            if (await SettleOpenEntriesAsync(client, order, ecsterId, ledger) is { } unresolved)
                return MovementOutcome.Failed(await _texts.GetAsync("Errors.UnresolvedMovement", unresolved.Type, unresolved.Reference));

            Order ecster;
            try
            {
                ecster = await client.GetOrderAsync(ecsterId);
            }
            catch (EcsterApiException error)
            {
                return MovementOutcome.Failed(await _texts.ErrorAsync(error));
            }

            ledger.EcsterAmount = ecster.Amount;
            await _sync.MirrorExternalMovementsAsync(order, ecster, ledger);

            switch (decide(ecster, ledger))
            {
                case MovementDecision.Refuse refuse:
                    await _ledger.SaveAsync(order, ledger);
                    return new MovementOutcome { Error = await _texts.GetAsync(refuse.TextKey, refuse.Args), Ecster = ecster };

                case MovementDecision.AlreadyDone done:
                    await _ledger.SaveAsync(order, ledger);
                    return new MovementOutcome { Entry = done.Entry, Ecster = ecster };

                case MovementDecision.Move move when DoneBefore(order, ledger, move) is { } done:
                    // A named intent (a shipment, a cancellation, a refund click) that already happened: never twice.
                    await _ledger.SaveAsync(order, ledger);
                    return new MovementOutcome { Entry = done, Ecster = ecster };

                case MovementDecision.Move move:
                    var entry = new LedgerEntry
                    {
                        Type = move.Type,
                        Reference = NewReference(order, ledger, move),
                        Amount = move.Amount,
                        State = LedgerEntryState.Pending,
                        Trigger = trigger,
                        CreatedOnUtc = _timeProvider.GetUtcNow().UtcDateTime
                    };
                    ledger.Entries.Add(entry);
                    // Durable before the call: a crash from here on leaves a Pending entry the next attempt re-sends.
                    await _ledger.SaveAsync(order, ledger);
                    await _notes.AddAsync(order, "Sending", entry.Type, BackOfficeTexts.Sek(entry.Amount), entry.Reference, trigger);

                    var after = await SendAndSettleAsync(client, order, ecsterId, ledger, entry);
                    if (after is not null)
                        ledger.EcsterAmount = after.Amount;
                    await _ledger.SaveAsync(order, ledger);
                    return entry.State switch
                    {
                        LedgerEntryState.Succeeded => new MovementOutcome { Entry = entry, Ecster = after ?? ecster },
                        LedgerEntryState.Failed => new MovementOutcome { Entry = entry, Error = entry.Error, Ecster = after ?? ecster },
                        _ => new MovementOutcome { Entry = entry, Error = await _texts.GetAsync("Errors.UnresolvedMovement", entry.Type, entry.Reference) }
                    };

                default:
                    throw new InvalidOperationException("Unknown movement decision.");
            }
        });
    }

    /// <summary>The admin's "resolve" action: settles open entries now; null when none is left open.</summary>
    public async Task<string?> ResolveAsync(NopOrder order)
    {
        if (!EcsterOrders.IsEcsterOrder(order))
            return await _texts.GetAsync("Errors.NotEcsterOrder");
        var client = await _clients.ForStoreAsync(order.StoreId);
        if (client is null)
            return await _texts.GetAsync("Errors.NotConfigured");

        return await _locks.RunAsync(OrderLocks.ForOrder(order.Id), async () =>
        {
            var ledger = await _ledger.LoadAsync(order);
            var unresolved = await SettleOpenEntriesAsync(client, order, EcsterOrders.EcsterOrderId(order), ledger);
            return unresolved is null ? null : await _texts.GetAsync("Errors.UnresolvedMovement", unresolved.Type, unresolved.Reference);
        });
    }

    /// <summary>Settles every open entry; returns the first one still open (Ecster could not be read), else null.</summary>
    private async Task<LedgerEntry?> SettleOpenEntriesAsync(IEcsterClient client, NopOrder order, string ecsterId, MoneyLedgerDocument ledger)
    {
        foreach (var open in ledger.Open.ToList())
        {
            if (open.State == LedgerEntryState.Pending)
                await SendAndSettleAsync(client, order, ecsterId, ledger, open); // same reference, same content: replayed if it happened
            else
                await ResolveUnknownAsync(client, order, ecsterId, open);
            await _ledger.SaveAsync(order, ledger);
            if (open.IsOpen)
                return open;
        }

        return null;
    }

    /// <summary>Calls Ecster for a Pending entry and records what happened; returns Ecster's order after, if known.</summary>
    private async Task<Order?> SendAndSettleAsync(IEcsterClient client, NopOrder order, string ecsterId, MoneyLedgerDocument ledger, LedgerEntry entry)
    {
        try
        {
            var result = await SendAsync(client, ecsterId, entry);
            Complete(entry, LedgerEntryState.Succeeded, result.Transaction.Id);
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
            Complete(entry, LedgerEntryState.Failed, null, await _texts.ErrorAsync(error));
            await _notes.AddAsync(order, "Failed", entry.Type, BackOfficeTexts.Sek(entry.Amount), entry.Error);
            return null;
        }
    }

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
        await _ledger.SaveAsync(order, ledger);
        await _notes.AddAsync(order, "Unknown", entry.Type, BackOfficeTexts.Sek(entry.Amount), entry.Reference);
        return await ResolveUnknownAsync(client, order, ecsterId, entry);
    }

    /// <summary>Reads Ecster's order: a transaction with our reference means it happened; none means it did not.</summary>
    private async Task<Order?> ResolveUnknownAsync(IEcsterClient client, NopOrder order, string ecsterId, LedgerEntry entry)
    {
        Order ecster;
        try
        {
            ecster = await client.GetOrderAsync(ecsterId);
        }
        catch (EcsterApiException)
        {
            await _notes.AddAsync(order, "StillUnknown", entry.Type, entry.Reference);
            return null;
        }

        var transaction = ecster.Transactions.FirstOrDefault(t => string.Equals(t.TransactionReference, entry.Reference, StringComparison.Ordinal));
        if (transaction is not null)
        {
            Complete(entry, LedgerEntryState.Succeeded, transaction.Id);
            await _notes.AddAsync(order, "ResolvedSucceeded", entry.Type, entry.Reference, transaction.Id);
        }
        else
        {
            Complete(entry, LedgerEntryState.Failed, null, await _texts.GetAsync("Errors.NeverReachedEcster"));
            await _notes.AddAsync(order, "ResolvedFailed", entry.Type, entry.Reference);
        }

        return ecster;
    }

    private static Task<TransactionResult> SendAsync(IEcsterClient client, string ecsterId, LedgerEntry entry) => entry.Type switch
    {
        MovementType.Debit => client.DebitAsync(ecsterId, new DebitRequest { Amount = entry.Amount, TransactionReference = entry.Reference }),
        MovementType.Credit => client.CreditAsync(ecsterId, new CreditRequest { Amount = entry.Amount, TransactionReference = entry.Reference }),
        MovementType.Annul => client.AnnulAsync(ecsterId, new AnnulRequest { Amount = entry.Amount, TransactionReference = entry.Reference }),
        _ => throw new InvalidOperationException($"Unknown movement {entry.Type}.")
    };

    private void Complete(LedgerEntry entry, LedgerEntryState state, string? transactionId, string? error = null)
    {
        entry.State = state;
        entry.EcsterTransactionId = transactionId;
        entry.Error = error;
        entry.CompletedOnUtc = _timeProvider.GetUtcNow().UtcDateTime;
    }

    /// <summary>The succeeded entry of a named intent (same key), if it already happened.</summary>
    internal static LedgerEntry? DoneBefore(NopOrder order, MoneyLedgerDocument ledger, MovementDecision.Move move)
    {
        if (move.ReferenceKey is not { Length: > 0 } key)
            return null;
        var stem = $"{order.OrderGuid:N}-{move.Type.ToString().ToLowerInvariant()}-{key}";
        return ledger.Entries.FirstOrDefault(e => e.State == LedgerEntryState.Succeeded
                                                  && (e.Reference == stem || e.Reference.StartsWith(stem + "-", StringComparison.Ordinal)));
    }

    /// <summary>
    /// {orderGuid:N}-{type}-{key or sequence}: the same intent always gets the same reference (Ecster replays a
    /// repeat), a new intent a new one. At most 64 characters, as Ecster allows.
    /// </summary>
    internal static string NewReference(NopOrder order, MoneyLedgerDocument ledger, MovementDecision.Move move)
    {
        var type = move.Type.ToString().ToLowerInvariant();
        var stem = move.ReferenceKey is { Length: > 0 } key
            ? $"{order.OrderGuid:N}-{type}-{key}"
            : $"{order.OrderGuid:N}-{type}-{ledger.Entries.Count(e => !e.External && e.Type == move.Type) + 1}";
        var reference = stem;
        for (var attempt = 2; ledger.FindByReference(reference) is not null; attempt++)
            reference = $"{stem}-{attempt}";
        return reference.Length <= 64 ? reference : reference[..64];
    }
}
