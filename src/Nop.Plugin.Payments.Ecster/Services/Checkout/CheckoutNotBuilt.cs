using Microsoft.AspNetCore.Http;
using Nop.Services.Localization;
using Nop.Services.Payments;

namespace Nop.Plugin.Payments.Ecster.Services.Checkout;

/// <summary>Placeholder until the checkout flow lands: places no order and says so.</summary>
public class CheckoutNotBuilt : ICheckoutPayments
{
    private readonly ILocalizationService _localizationService;

    public CheckoutNotBuilt(ILocalizationService localizationService) => _localizationService = localizationService;

    public Task<IList<string>> ValidatePaymentFormAsync(IFormCollection form) => Task.FromResult<IList<string>>([]);

    public Task<ProcessPaymentRequest> GetPaymentInfoAsync(IFormCollection form) => Task.FromResult(new ProcessPaymentRequest());

    public Task<ProcessPaymentResult> ProcessPaymentAsync(ProcessPaymentRequest processPaymentRequest) =>
        NotSupportedYet.ResultAsync<ProcessPaymentResult>(_localizationService);
}
