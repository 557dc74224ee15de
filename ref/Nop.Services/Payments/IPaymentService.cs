// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/Payments/IPaymentService.cs
using Nop.Core.Domain.Orders;

namespace Nop.Services.Payments;

public partial interface IPaymentService
{
    Task<ProcessPaymentResult> ProcessPaymentAsync(ProcessPaymentRequest processPaymentRequest);

    Task PostProcessPaymentAsync(PostProcessPaymentRequest postProcessPaymentRequest);

    Task<bool> CanRePostProcessPaymentAsync(Order order);

    Task<decimal> GetAdditionalHandlingFeeAsync(IList<ShoppingCartItem> cart, string paymentMethodSystemName);

    Task<bool> SupportCaptureAsync(string paymentMethodSystemName);

    Task<CapturePaymentResult> CaptureAsync(CapturePaymentRequest capturePaymentRequest);

    Task<bool> SupportPartiallyRefundAsync(string paymentMethodSystemName);

    Task<bool> SupportRefundAsync(string paymentMethodSystemName);

    Task<RefundPaymentResult> RefundAsync(RefundPaymentRequest refundPaymentRequest);

    Task<bool> SupportVoidAsync(string paymentMethodSystemName);

    Task<VoidPaymentResult> VoidAsync(VoidPaymentRequest voidPaymentRequest);

    Task<RecurringPaymentType> GetRecurringPaymentTypeAsync(string paymentMethodSystemName);

    Task<ProcessPaymentResult> ProcessRecurringPaymentAsync(ProcessPaymentRequest processPaymentRequest);

    Task<CancelRecurringPaymentResult> CancelRecurringPaymentAsync(CancelRecurringPaymentRequest cancelPaymentRequest);

    string GetMaskedCreditCardNumber(string creditCardNumber);
}
