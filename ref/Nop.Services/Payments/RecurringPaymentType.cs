// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/Payments/RecurringPaymentType.cs
namespace Nop.Services.Payments;

public enum RecurringPaymentType
{
    NotSupported = 0,
    Manual = 10,
    Automatic = 20
}
