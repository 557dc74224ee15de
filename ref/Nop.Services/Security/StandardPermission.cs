// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/Security/StandardPermission.cs
namespace Nop.Services.Security;

// Only the permissions the plugin checks: its configuration page and the order operations.
public partial class StandardPermission
{
    public partial class Orders
    {
        public const string ORDERS_VIEW = $"{nameof(Orders)}.OrdersView";

        public const string ORDERS_CREATE_EDIT_DELETE = $"{nameof(Orders)}.OrdersCreateEditDelete";
    }

    public partial class Configuration
    {
        public const string MANAGE_PAYMENT_METHODS = $"{nameof(Configuration)}.ManagePaymentMethods";
    }
}
