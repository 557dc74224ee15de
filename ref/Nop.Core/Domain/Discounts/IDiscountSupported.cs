// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Domain/Discounts/IDiscountSupported.cs
namespace Nop.Core.Domain.Discounts;

public partial interface IDiscountSupported<T> where T : DiscountMapping
{
    int Id { get; set; }
}
