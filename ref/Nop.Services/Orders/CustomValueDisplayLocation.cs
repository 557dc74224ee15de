// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/Orders/CustomValueDisplayLocation.cs
namespace Nop.Services.Orders;

public enum CustomValueDisplayLocation
{
    BillingAddress,
    ShippingAddress,
    Payment,
    Shipping
}
