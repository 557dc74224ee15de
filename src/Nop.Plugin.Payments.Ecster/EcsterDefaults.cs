using Nop.Core.Caching;

namespace Nop.Plugin.Payments.Ecster;

/// <summary>
/// Names and timings the plugin uses in nopCommerce: system name, routes, schedule tasks, resources, custom values.
/// One place, so a rename never leaves a stale string behind.
/// </summary>
public static class EcsterDefaults
{
    /// <summary>The plugin's system name; must equal plugin.json's SystemName.</summary>
    public const string SystemName = "Payments.Ecster";

    /// <summary>The only currency Ecster accepts.</summary>
    public const string Currency = "SEK";

    /// <summary>Where the plugin's files live inside the store, for view paths.</summary>
    public const string PluginFolder = "~/Plugins/Payments.Ecster";

    /// <summary>The admin configuration view.</summary>
    public const string ConfigureViewPath = PluginFolder + "/Views/Admin/Configure.cshtml";

    /// <summary>Generic attribute (KeyGroup "Order") holding an order's money ledger as JSON.</summary>
    public const string LedgerAttributeKey = "Ecster.Ledger";

    /// <summary>
    /// Generic attribute (KeyGroup "Order") of a store sale: the debit consent the customer signed, as small JSON
    /// (signature id, signed at UTC). Ecster's order shows no consent, so the plugin keeps its own record.
    /// </summary>
    public const string DebitConsentAttributeKey = "Ecster.DebitConsent";

    /// <summary>
    /// Generic attribute (KeyGroup "Order"): "true" when the order's payment option allows an alternate recipient
    /// (docs §6), so every update sends the delivery recipient exactly when the create did.
    /// </summary>
    public const string RecipientAllowedAttributeKey = "Ecster.RecipientAllowed";

    /// <summary>Generic attribute (KeyGroup "Order") of a store sale: the sales person Ecster's order carries, re-sent by every update.</summary>
    public const string SalesPersonAttributeKey = "Ecster.SalesPerson";

    /// <summary>Generic attribute (KeyGroup "Store") holding notifications that arrived before their nopCommerce order.</summary>
    public const string PendingNotificationsAttributeKey = "Ecster.PendingNotifications";

    /// <summary>
    /// How long Ecster's list of payment methods counts as current for a store's checkout. A few minutes: the list
    /// changes rarely, and checkout pages render often.
    /// </summary>
    public static readonly TimeSpan AvailabilityFreshFor = TimeSpan.FromMinutes(5);

    /// <summary>After a failed fetch the method stays hidden this long before Ecster is asked again, so an outage is not hammered.</summary>
    public static readonly TimeSpan AvailabilityRetryAfterFailure = TimeSpan.FromSeconds(30);

    /// <summary>The longest a checkout page waits for Ecster's payment methods; after that the method is hidden.</summary>
    public static readonly TimeSpan AvailabilityCheckTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The longest the admin's "Test connection" waits for Ecster.</summary>
    public static readonly TimeSpan ConnectionTestTimeout = TimeSpan.FromSeconds(20);

    /// <summary>The plugin's public endpoints. The admin pages use nopCommerce's admin area route.</summary>
    public static class Routes
    {
        /// <summary>The public terms view opened from the monthly-cost figure.</summary>
        public const string TermsRouteName = "Plugin.Payments.Ecster.Terms";
        public const string TermsPath = "Plugins/PaymentEcster/Terms";

        /// <summary>The endpoint Ecster POSTs order event notifications to.</summary>
        public const string NotificationRouteName = "Plugin.Payments.Ecster.Notification";

        /// <summary>Path of the notification endpoint; checkout passes {store}/{this} to Ecster as notificationUrl.</summary>
        public const string NotificationPath = "Plugins/PaymentEcster/Notification";

        /// <summary>
        /// The custom header Ecster is configured to send with every notification (docs §10: the merchant chooses
        /// its name and value; this name is the plugin's choice). Its value is the store's notification secret.
        /// </summary>
        public const string NotificationHeaderName = "X-Ecster-Notification-Token";

        /// <summary>The payment step's endpoints, called by Content/ecster-checkout.js; each path ends in its action.</summary>
        public const string CheckoutPathPrefix = "Plugins/PaymentEcster/Checkout/";
        public const string StartRouteName = "Plugin.Payments.Ecster.Checkout.Start";
        public const string CollectRouteName = "Plugin.Payments.Ecster.Checkout.Collect";
        public const string CancelRouteName = "Plugin.Payments.Ecster.Checkout.Cancel";
        public const string DocumentRouteName = "Plugin.Payments.Ecster.Checkout.Document";
        public const string OptionsRouteName = "Plugin.Payments.Ecster.Checkout.Options";
    }

    /// <summary>The plugin's schedule tasks (type names as nopCommerce stores them).</summary>
    public static class Tasks
    {
        /// <summary>Keeps every store's terms fresh.</summary>
        public const string RefreshTermsTaskType = "Nop.Plugin.Payments.Ecster.Services.Terms.RefreshTermsTask, Nop.Plugin.Payments.Ecster";
        public const string RefreshTermsTaskName = "Refresh Ecster payment terms";

        /// <summary>Hourly keeps terms fresh without asking Ecster per page view.</summary>
        public const int RefreshTermsTaskSeconds = 3600;

        /// <summary>Applies notifications which arrived before their order existed.</summary>
        public const string ApplyNotificationsTaskType = "Nop.Plugin.Payments.Ecster.Services.BackOffice.Notifications.ApplyPendingNotificationsTask, Nop.Plugin.Payments.Ecster";
        public const string ApplyNotificationsTaskName = "Apply early Ecster notifications";

        /// <summary>Every five minutes: an early notification is usually followed by its order within seconds.</summary>
        public const int ApplyNotificationsTaskSeconds = 300;
    }

    /// <summary>The plugin's locale resources.</summary>
    public static class Resources
    {
        /// <summary>Every locale resource of the plugin starts with this; uninstall deletes by it.</summary>
        public const string ResourcePrefix = "Plugins.Payments.Ecster.";

        /// <summary>Culture of the Swedish texts shipped with the plugin.</summary>
        public const string SwedishCulture = "sv-SE";

        /// <summary>Culture of the English texts, also the fallback for every other language.</summary>
        public const string EnglishCulture = "en-US";
    }

    /// <summary>
    /// Keys in nopCommerce's static cache (IStaticCacheManager: memory on one server, the distributed cache on a web
    /// farm, so every node sees the same entries). Each user sets its own CacheTime after PrepareKey.
    /// </summary>
    public static class Caching
    {
        public const string Prefix = "Nop.plugins.payments.ecster.";

        /// <summary>Ecster's payment methods of store {0}.</summary>
        public static CacheKey PaymentMethodsKey => new(PaymentMethodsPrefix + "{0}");
        public const string PaymentMethodsPrefix = Prefix + "paymentmethods.";

        /// <summary>The payment step's state of store {0}, customer {1}.</summary>
        public static CacheKey CheckoutStateKey => new(Prefix + "checkout.state.{0}-{1}");

        /// <summary>The notes of order GUID {0} made before nopCommerce saved the order.</summary>
        public static CacheKey CheckoutJournalKey => new(Prefix + "checkout.journal.{0}");

        /// <summary>The sales person of checkout {0} (order GUID), until nopCommerce has saved the order.</summary>
        public static CacheKey CheckoutSalesPersonKey => new(Prefix + "checkout.salesperson.{0}");

        /// <summary>Whether a checkout's option allows a recipient, by order GUID, until the order is saved.</summary>
        public static CacheKey CheckoutRecipientAllowedKey => new(Prefix + "checkout.recipientallowed.{0}");
    }

    /// <summary>The payment step's form field and the custom values an order carries.</summary>
    public static class Checkout
    {
        /// <summary>The radio group of the payment step: the only value the shopper's form posts to nopCommerce.</summary>
        public const string OptionFormField = "EcsterPaymentOptionId";

        /// <summary>Custom value: the Ecster payment option id (hidden from the shopper).</summary>
        public const string OptionIdCustomValue = "Ecster option id";

        /// <summary>Custom value: the amount (SEK, invariant culture) the option was given for.</summary>
        public const string AmountCustomValue = "Ecster option amount";

        /// <summary>Custom value: ECOMMERCE, or STORE when staff placed the order for the customer.</summary>
        public const string ChannelCustomValue = "Ecster channel";

        /// <summary>Custom value shown to the shopper on the order: the option in words.</summary>
        public const string OptionDescriptionCustomValue = "Ecster";
    }
}
