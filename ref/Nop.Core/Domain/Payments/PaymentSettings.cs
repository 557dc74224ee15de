// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Domain/Payments/PaymentSettings.cs
using Nop.Core.Configuration;

namespace Nop.Core.Domain.Payments;

public partial class PaymentSettings : ISettings
{
    // The list is never null, as in the real settings class.
    public PaymentSettings()
    {
        ActivePaymentMethodSystemNames = new List<string>();
    }

    public List<string> ActivePaymentMethodSystemNames { get; set; }

    public bool AllowRePostingPayments { get; set; }

    public bool BypassPaymentMethodSelectionIfOnlyOne { get; set; }

    public bool ShowPaymentMethodDescriptions { get; set; }

    public bool SkipPaymentInfoStepForRedirectionPaymentMethods { get; set; }

    public bool CancelRecurringPaymentsAfterFailedPayment { get; set; }

    public int RegenerateOrderGuidInterval { get; set; }
}
