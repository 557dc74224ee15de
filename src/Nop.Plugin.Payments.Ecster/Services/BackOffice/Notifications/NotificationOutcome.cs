namespace Nop.Plugin.Payments.Ecster.Services.BackOffice.Notifications;

/// <summary>What became of one notification; the endpoint turns it into an HTTP status.</summary>
public enum NotificationOutcome
{
    /// <summary>Ecster's order was read and the nopCommerce order now shows it (200); a repeat changes nothing.</summary>
    Applied,

    /// <summary>Kept for later: the nopCommerce order does not exist yet, or Ecster could not be read now (202).</summary>
    Stored,

    /// <summary>Malformed, an unknown event, or an order Ecster does not know: nothing changed (400).</summary>
    Rejected
}
