// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/Payments/CancelRecurringPaymentResult.cs
namespace Nop.Services.Payments;

public partial class CancelRecurringPaymentResult : BaseNopResult;
