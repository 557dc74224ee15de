using Ecster.Sandbox.Model;

namespace Ecster.Sandbox.Domain;

/// <summary>A money movement; <see cref="Fingerprint"/> is its request's content, to recognise a replay.</summary>
internal sealed record OrderTransaction(
    string Id, string Type, long Amount, string Reference, string? DebitTransaction,
    IReadOnlyList<CartRowView>? Rows, DateTimeOffset CreatedAt, string Fingerprint)
{
    public TransactionView View(string merchantId) => new(Id, Type, Amount, Reference, DebitTransaction, Rows, CreatedAt, merchantId);
}
