using Nop.Services.Localization;
using Nop.Services.Payments;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice;

/// <summary>Placeholder until the back office lands: moves no money and says so.</summary>
public class MoneyMovementsNotBuilt : IMoneyMovements
{
    private readonly ILocalizationService _localizationService;

    public MoneyMovementsNotBuilt(ILocalizationService localizationService) => _localizationService = localizationService;

    public Task<CapturePaymentResult> CaptureAsync(CapturePaymentRequest capturePaymentRequest) =>
        NotSupportedYet.ResultAsync<CapturePaymentResult>(_localizationService);

    public Task<RefundPaymentResult> RefundAsync(RefundPaymentRequest refundPaymentRequest) =>
        NotSupportedYet.ResultAsync<RefundPaymentResult>(_localizationService);

    public Task<VoidPaymentResult> VoidAsync(VoidPaymentRequest voidPaymentRequest) =>
        NotSupportedYet.ResultAsync<VoidPaymentResult>(_localizationService);
}
