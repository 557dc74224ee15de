namespace Ecster.Sandbox.Model;

/// <summary>The body POSTed to an order's notificationUrl (docs §10).</summary>
public sealed record NotificationView(
    string NotificationId, string OrderId, string OrderReference, string Status, string Event,
    string? TransactionId, DateTimeOffset Time);
