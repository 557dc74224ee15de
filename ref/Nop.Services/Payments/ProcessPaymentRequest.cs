// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/Payments/ProcessPaymentRequest.cs
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Services.Orders;

namespace Nop.Services.Payments;

public partial class ProcessPaymentRequest
{
    // A new request already has its own order guid and an empty, non-null CustomValues, as in the real class.
    public ProcessPaymentRequest()
    {
        CustomValues = new CustomValues();
        OrderGuid = Guid.NewGuid();
        OrderGuidGeneratedOnUtc = DateTime.UtcNow;
    }

    public int StoreId { get; set; }

    public int CustomerId { get; set; }

    public Guid OrderGuid { get; set; }

    public DateTime? OrderGuidGeneratedOnUtc { get; set; }

    public decimal OrderTotal { get; set; }

    public string PaymentMethodSystemName { get; set; }

    public string CreditCardType { get; set; }

    public string CreditCardName { get; set; }

    public string CreditCardNumber { get; set; }

    public int CreditCardExpireYear { get; set; }

    public int CreditCardExpireMonth { get; set; }

    public string CreditCardCvv2 { get; set; }

    public Order InitialOrder { get; set; }

    public int RecurringCycleLength { get; set; }

    public RecurringProductCyclePeriod RecurringCyclePeriod { get; set; }

    public int RecurringTotalCycles { get; set; }

    public CustomValues CustomValues { get; set; }
}
