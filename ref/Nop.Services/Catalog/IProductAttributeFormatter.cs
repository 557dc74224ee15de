// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/Catalog/IProductAttributeFormatter.cs
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Stores;

namespace Nop.Services.Catalog;

// The formatter with every option (separator, encoding, prices); the short overload is left out.
public partial interface IProductAttributeFormatter
{
    Task<string> FormatAttributesAsync(Product product, string attributesXml,
        Customer customer, Store store, string separator = "<br />", bool htmlEncode = true, bool renderPrices = true,
        bool renderProductAttributes = true, bool renderGiftCardAttributes = true,
        bool allowHyperlinks = true);
}
