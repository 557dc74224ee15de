// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Domain/Discounts/DiscountProductMapping.cs
namespace Nop.Core.Domain.Discounts;

public partial class DiscountProductMapping : DiscountMapping
{
    public override int EntityId { get; set; }
}
