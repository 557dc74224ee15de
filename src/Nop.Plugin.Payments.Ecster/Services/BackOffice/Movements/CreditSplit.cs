using Ecster.Client.Models;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice.Movements;

/// <summary>
/// Ecster credits one named debit at a time, never more than what is left uncredited of it. A refund larger than
/// one debit (several shipment debits) is split across the order's debits, newest first.
/// </summary>
public static class CreditSplit
{
    /// <summary>The (debit id, amount) parts of a credit, newest debit first; null when the debits cannot cover it.</summary>
    public static IReadOnlyList<(string DebitTransaction, decimal Amount)>? Across(Order ecster, decimal amount)
    {
        var parts = new List<(string, decimal)>();
        var left = amount;
        foreach (var debit in Enumerable.Reverse(ecster.Transactions).Where(t => t.Type == TransactionType.Debit))
        {
            if (left <= 0)
                break;
            var credited = ecster.Transactions
                .Where(t => t.Type == TransactionType.Credit && string.Equals(t.DebitTransaction, debit.Id, StringComparison.Ordinal))
                .Sum(t => t.Amount);
            var part = Math.Min(left, debit.Amount - credited);
            if (part <= 0)
                continue;
            parts.Add((debit.Id, part));
            left -= part;
        }

        return left > 0 ? null : parts;
    }
}
