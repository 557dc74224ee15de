// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/Payments/PaymentMethodType.cs
namespace Nop.Services.Payments;

public enum PaymentMethodType
{
    Standard = 10,
    Redirection = 15,
    Button = 20
}
