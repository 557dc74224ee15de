namespace Nop.Plugin.Payments.Ecster.Services.BackOffice.Notifications;

/// <summary>A notification kept until its nopCommerce order exists (only ids: the body is never trusted anyway).</summary>
public sealed class PendingNotification
{
    public string NotificationId { get; set; } = string.Empty;

    public string OrderId { get; set; } = string.Empty;

    public string? OrderReference { get; set; }

    public string Event { get; set; } = string.Empty;

    public DateTime ReceivedOnUtc { get; set; }

    public int Attempts { get; set; }
}
