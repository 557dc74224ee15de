// Mirrors nopCommerce 4.90.3 src/Presentation/Nop.Web.Framework/Infrastructure/AdminWidgetZones.cs
namespace Nop.Web.Framework.Infrastructure;

// Only the admin order page zones the plugin renders in, with the store's exact zone names.
public static partial class AdminWidgetZones
{
    public static string OrderDetailsBlock => "admin_order_details_block";

    public static string OrderDetailsButtons => "admin_order_details_buttons";
}
