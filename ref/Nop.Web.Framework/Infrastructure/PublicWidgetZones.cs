// Mirrors nopCommerce 4.90.3 src/Presentation/Nop.Web.Framework/Infrastructure/PublicWidgetZones.cs
namespace Nop.Web.Framework.Infrastructure;

// Only the zones the plugin renders in (product page and order summary), with the store's exact zone names.
public static partial class PublicWidgetZones
{
    public static string OrderSummaryContentAfter => "order_summary_content_after";

    public static string ProductDetailsInsideOverviewButtonsBefore => "productdetails_inside_overview_buttons_before";

    public static string ProductDetailsOverviewTop => "productdetails_overview_top";

    public static string ProductPriceBottom => "product_price_bottom";
}
