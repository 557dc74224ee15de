using Ecster.Sandbox.Model;

namespace Ecster.Sandbox.Domain;

/// <summary>A money movement. Its reference is the merchant's label only: Ecster does not deduplicate on it.</summary>
internal sealed record OrderTransaction(
    string Id, string Type, long Amount, string Reference, string? DebitTransaction,
    IReadOnlyList<CartRowView>? Rows, DateTimeOffset CreatedAt)
{
    public TransactionView View(string merchantId) => new(Id, Type, Amount, Reference, DebitTransaction, Rows, CreatedAt, merchantId);
}
