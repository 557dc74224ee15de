namespace Ecster.Client.Notifications;

/// <summary>
/// An order event notification (OEN, docs §10). Unsigned: treat it only as a hint to re-read the order with
/// <see cref="IEcsterClient.GetOrderAsync"/>, never as the truth. The same <see cref="NotificationId"/> may
/// arrive more than once.
/// </summary>
public sealed class EcsterNotification
{
    public required string NotificationId { get; init; }

    public required string OrderId { get; init; }

    public string? OrderReference { get; init; }

    /// <summary>See <see cref="Models.OrderStatus"/>.</summary>
    public required string Status { get; init; }

    /// <summary>See <see cref="Models.NotificationEvent"/>.</summary>
    public required string Event { get; init; }

    public string? TransactionId { get; init; }

    public required DateTimeOffset Time { get; init; }
}
