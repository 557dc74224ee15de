using Microsoft.AspNetCore.Http;
using Nop.Services.Payments;

namespace Nop.Plugin.Payments.Ecster.Services.Checkout;

/// <summary>The payment-info step and the order placement: what nopCommerce's checkout asks the payment method.</summary>
public interface ICheckoutPayments
{
    Task<IList<string>> ValidatePaymentFormAsync(IFormCollection form);

    Task<ProcessPaymentRequest> GetPaymentInfoAsync(IFormCollection form);

    Task<ProcessPaymentResult> ProcessPaymentAsync(ProcessPaymentRequest processPaymentRequest);
}
