namespace Nop.Plugin.Payments.Ecster;

/// <summary>Names of the shopper's checkout: routes of the payment step's endpoints, form fields and custom values.</summary>
public static partial class EcsterDefaults
{
    // The notification endpoint's names (NotificationRouteName, NotificationPath) live with the back office,
    // which serves it; checkout only tells Ecster the address when it creates the order.

    public static class Checkout
    {
        public const string StartRouteName = "Plugin.Payments.Ecster.Checkout.Start";
        public const string CollectRouteName = "Plugin.Payments.Ecster.Checkout.Collect";
        public const string QrRouteName = "Plugin.Payments.Ecster.Checkout.Qr";
        public const string CancelRouteName = "Plugin.Payments.Ecster.Checkout.Cancel";
        public const string IdDocumentRouteName = "Plugin.Payments.Ecster.Checkout.IdDocument";
        public const string OptionsRouteName = "Plugin.Payments.Ecster.Checkout.Options";

        /// <summary>The radio group of the payment step: the only value the shopper's form posts to nopCommerce.</summary>
        public const string OptionFormField = "EcsterPaymentOptionId";

        /// <summary>Custom value: the Ecster payment option id (hidden from the shopper).</summary>
        public const string OptionIdCustomValue = "Ecster option id";

        /// <summary>Custom value: the ticket the option was given for (hidden from the shopper; it lives 30 minutes).</summary>
        public const string TicketCustomValue = "Ecster ticket";

        /// <summary>Custom value: the amount (SEK, invariant culture) the option was given for.</summary>
        public const string AmountCustomValue = "Ecster option amount";

        /// <summary>Custom value: ECOMMERCE, or STORE when staff placed the order for the customer.</summary>
        public const string ChannelCustomValue = "Ecster channel";

        /// <summary>Custom value shown to the shopper on the order: the option in words.</summary>
        public const string OptionDescriptionCustomValue = "Ecster";
    }
}
