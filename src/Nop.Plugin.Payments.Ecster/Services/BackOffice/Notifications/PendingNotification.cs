namespace Nop.Plugin.Payments.Ecster.Services.BackOffice.Notifications;

/// <summary>
/// A notification kept until its nopCommerce order exists: only the order it names (a notification has no id of its
/// own, and is only a signal to read that order), so one is kept per Ecster order.
/// </summary>
public sealed class PendingNotification
{
    public string OrderId { get; set; } = string.Empty;

    public string? OrderReference { get; set; }

    public string Event { get; set; } = string.Empty;

    public DateTime ReceivedOnUtc { get; set; }

    public int Attempts { get; set; }
}
