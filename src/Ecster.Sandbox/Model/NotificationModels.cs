namespace Ecster.Sandbox.Model;

/// <summary>The body POSTed to an order's notificationUrl (docs §10): these five fields, no notification id.</summary>
public sealed record NotificationView(string OrderId, string? OrderReference, string Status, DateTimeOffset Time, string Event);
