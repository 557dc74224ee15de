// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/Orders/AppliedGiftCard.cs
using Nop.Core.Domain.Orders;

namespace Nop.Services.Orders;

public partial class AppliedGiftCard
{
    public decimal AmountCanBeUsed { get; set; }

    public GiftCard GiftCard { get; set; }
}
