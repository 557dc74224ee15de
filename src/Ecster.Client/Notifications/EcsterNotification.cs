namespace Ecster.Client.Notifications;

/// <summary>
/// An order event notification (OEN, docs §10): exactly the five documented fields. There is no notification id,
/// and the same change may be notified more than once: treat it only as a signal to re-read the order with
/// <see cref="IEcsterClient.GetOrderAsync"/>, never as the truth.
/// </summary>
public sealed class EcsterNotification
{
    public required string OrderId { get; init; }

    /// <summary>Optional at Ecster: present when the order has a reference.</summary>
    public string? OrderReference { get; init; }

    /// <summary>See <see cref="Models.OrderStatus"/>; an unknown value is kept.</summary>
    public required string Status { get; init; }

    /// <summary>See <see cref="Models.NotificationEvent"/>; an unknown value is kept.</summary>
    public required string Event { get; init; }

    public required DateTimeOffset Time { get; init; }
}
