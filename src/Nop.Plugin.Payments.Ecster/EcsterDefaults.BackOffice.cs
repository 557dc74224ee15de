namespace Nop.Plugin.Payments.Ecster;

/// <summary>Names of the back office: the money ledger, Ecster's notifications, the admin order panel.</summary>
public static partial class EcsterDefaults
{
    /// <summary>Route of the public endpoint Ecster POSTs order event notifications to.</summary>
    public const string NotificationRouteName = "Plugin.Payments.Ecster.Notification";

    /// <summary>Path of the notification endpoint; checkout passes {store}/{this} to Ecster as notificationUrl.</summary>
    public const string NotificationPath = "Plugins/PaymentEcster/Notification";

    /// <summary>Generic attribute (KeyGroup "Order") holding an order's money ledger as JSON.</summary>
    public const string LedgerAttributeKey = "Ecster.Ledger";

    /// <summary>Generic attribute (KeyGroup "Store") holding notifications that arrived before their nopCommerce order.</summary>
    public const string PendingNotificationsAttributeKey = "Ecster.PendingNotifications";

    /// <summary>The schedule task that applies notifications which arrived before their order existed.</summary>
    public const string ApplyNotificationsTaskType = "Nop.Plugin.Payments.Ecster.Services.BackOffice.Notifications.ApplyPendingNotificationsTask, Nop.Plugin.Payments.Ecster";

    /// <summary>Every five minutes: an early notification is usually followed by its order within seconds.</summary>
    public const int ApplyNotificationsTaskSeconds = 300;

    /// <summary>Name of that task in the admin's schedule task list.</summary>
    public const string ApplyNotificationsTaskName = "Apply early Ecster notifications";
}
