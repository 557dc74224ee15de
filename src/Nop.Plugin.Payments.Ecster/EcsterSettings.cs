using Ecster.Client;
using Nop.Core.Configuration;
using Nop.Core.Domain.Orders;

namespace Nop.Plugin.Payments.Ecster;

/// <summary>
/// The plugin's settings. nopCommerce stores them per store (with the "all stores" value as fallback), so
/// a shop with several stores can use a merchant account per store.
/// </summary>
public class EcsterSettings : ISettings
{
    /// <summary>Which Ecster to talk to: production, Ecster's test environment, or our local sandbox.</summary>
    public EcsterEnvironment Environment { get; set; } = EcsterEnvironment.Test;

    /// <summary>Base URL of the sandbox, used only when <see cref="Environment"/> is Sandbox.</summary>
    public string SandboxBaseUrl { get; set; } = "http://127.0.0.1:5080";

    /// <summary>Ecster's x-api-key. A secret: never shown back, logged or written to notes.</summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>Ecster's x-merchant-key. A secret, like the API key.</summary>
    public string MerchantKey { get; set; } = string.Empty;

    /// <summary>Offer Ecster's invoice.</summary>
    public bool OfferInvoice { get; set; } = true;

    /// <summary>Offer Ecster's part payment.</summary>
    public bool OfferPartPayment { get; set; } = true;

    /// <summary>Offer Ecster's account credit.</summary>
    public bool OfferAccount { get; set; } = true;

    /// <summary>Smallest order total (SEK) for which the method is offered; 0 means no lower limit.</summary>
    public decimal MinOrderTotal { get; set; }

    /// <summary>Largest order total (SEK) for which the method is offered; 0 means no upper limit.</summary>
    public decimal MaxOrderTotal { get; set; }

    /// <summary>When money is debited: when an admin captures, or when a shipment is sent.</summary>
    public EcsterCaptureMode CaptureMode { get; set; } = EcsterCaptureMode.OnAdminCapture;

    // No "order status after authorisation" setting: nopCommerce 4.90 itself moves every authorised order from
    // Pending to Processing (OrderProcessingService.CheckOrderStatusAsync), so such a setting could not hold.

    /// <summary>Shows the monthly cost on product pages.</summary>
    public bool ProductWidgetEnabled { get; set; } = true;

    /// <summary>The product-page widget zone the figure appears in (beside the price by default).</summary>
    public string ProductWidgetZone { get; set; } = "product_price_bottom";

    /// <summary>Also shows the monthly cost on the cart page, for the cart total.</summary>
    public bool CartWidgetEnabled { get; set; }

    /// <summary>Smallest product price (SEK) for which the monthly cost is shown.</summary>
    public decimal WidgetMinPrice { get; set; } = 500m;
}
