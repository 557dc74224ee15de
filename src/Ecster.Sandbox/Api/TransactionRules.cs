using Ecster.Sandbox.Domain;
using Ecster.Sandbox.Finance;
using Ecster.Sandbox.Http;
using Ecster.Sandbox.Notifications;

namespace Ecster.Sandbox.Api;

/// <summary>The money rules of docs §9; call under the order's lock.</summary>
internal static class TransactionRules
{
    public static OrderTransaction Apply(SandboxRuntime runtime, Order order, TransactionCommand command)
    {
        var (amount, eventName) = command.Type switch
        {
            TransactionTypes.Debit => (CheckDebit(order, command.Amount!.Value), null),
            TransactionTypes.Credit => (CheckCredit(order, command.Amount!.Value, command.DebitTransaction!), NotificationEvents.Credit),
            _ => (CheckAnnul(order, command.Amount, command.Rows), NotificationEvents.Annul),
        };

        var now = runtime.Clock.Now();
        var transaction = new OrderTransaction(
            runtime.Store.NextTransactionId(), command.Type, amount, command.Reference, command.DebitTransaction,
            command.Rows, now);
        order.Transactions.Add(transaction);
        switch (command.Type)
        {
            case TransactionTypes.Debit:
                order.Debited += amount;
                eventName = order.Remaining > 0 ? NotificationEvents.PartialDebit : NotificationEvents.FullDebit;
                break;
            case TransactionTypes.Credit:
                order.Credited += amount;
                break;
            default:
                order.Annulled += amount;
                break;
        }
        order.UpdatedAt = now;
        runtime.Notifications.Notify(order, eventName!, transaction.Id);
        return transaction;
    }

    private static long CheckDebit(Order order, long amount)
    {
        if (order.InPerson && !order.Consent.IsSigned)
            throw ApiErrors.DebitConsentRequired("A store order needs a signed debit consent before the first debit.");
        if (amount > order.Remaining)
            throw ApiErrors.AmountExceedsRemaining($"Only {order.Remaining} öre remain to be debited.");
        if (order.Consent.Required && order.Debited + amount > order.Consent.MaxAmount)
            throw ApiErrors.AmountExceedsConsent("The debits would exceed what the debit consent covers.");
        return amount;
    }

    /// <summary>A credit never exceeds what is left uncredited of the debit it names.</summary>
    private static long CheckCredit(Order order, long amount, string debitTransactionId)
    {
        var debit = order.Transactions.FirstOrDefault(t => t.Id == debitTransactionId && t.Type == TransactionTypes.Debit)
            ?? throw ApiErrors.InvalidRequest("debitTransaction is not a debit of this order.");
        var creditedOfDebit = order.Transactions
            .Where(t => t.Type == TransactionTypes.Credit && t.DebitTransaction == debit.Id)
            .Sum(t => t.Amount);
        var creditable = Math.Min(order.Debited - order.Credited, debit.Amount - creditedOfDebit);
        if (amount > creditable)
            throw ApiErrors.AmountExceedsDebit($"Only {Math.Max(0, creditable)} öre can be credited.");
        return amount;
    }

    private static long CheckAnnul(Order order, long? requested, IReadOnlyList<Model.CartRowView>? rows)
    {
        if (order.Remaining <= 0) throw ApiErrors.InvalidOrderState("Nothing remains to be annulled.");
        var amount = requested ?? order.Remaining;
        if (amount > order.Remaining)
            throw ApiErrors.AmountExceedsRemaining($"Only {order.Remaining} öre remain to be annulled.");
        if (requested is null && rows is not null && rows.Sum(r => r.Total) != amount)
            throw ApiErrors.InvalidCart("The rows do not add up to the remaining amount being annulled.");
        return amount;
    }
}
