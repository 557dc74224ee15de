namespace Ecster.Sandbox.Domain;

/// <summary>A finished identification; it can give one ticket at a time.</summary>
internal sealed class Identification(string id, TestConsumer consumer, DateTimeOffset createdAt)
{
    public object Sync { get; } = new();
    public string Id { get; } = id;
    public TestConsumer Consumer { get; } = consumer;
    public DateTimeOffset CreatedAt { get; } = createdAt;
    public Ticket? CurrentTicket { get; set; }
}

internal sealed record Ticket(string Id, string IdentificationId, TestConsumer Consumer, DateTimeOffset ExpiresAt)
{
    public bool HasExpired(DateTimeOffset now) => now >= ExpiresAt;
}
