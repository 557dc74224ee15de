using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Stores;
using Nop.Services.Catalog;
using Nop.Services.Localization;

namespace Nop.Plugin.Payments.Ecster.Services.Cart;

/// <summary>
/// The words on Ecster's cart rows, in one language (the shopper's): the plugin's own row names from its resources
/// (<c>Plugins.Payments.Ecster.Cart.*</c>) and products by their localized name with their attributes, the same
/// for a cart at checkout and for a saved order, so an edited order's rows read as the created order's did.
/// </summary>
public class CartTexts
{
    private const string Prefix = "Plugins.Payments.Ecster.Cart.";

    private readonly IProductAttributeFormatter _attributeFormatter;
    private readonly ILocalizationService _localizationService;

    public CartTexts(IProductAttributeFormatter attributeFormatter, ILocalizationService localizationService)
    {
        _attributeFormatter = attributeFormatter;
        _localizationService = localizationService;
    }

    /// <summary>A row name of the plugin; <paramref name="languageId"/> null means the working language.</summary>
    public Task<string> GetAsync(string name, int? languageId) => languageId is { } id
        ? _localizationService.GetResourceAsync(Prefix + name, id)
        : _localizationService.GetResourceAsync(Prefix + name);

    /// <summary>"Name (Colour: Grey, Size: L)": the product's localized name and its chosen attributes, without prices.</summary>
    public async Task<string> ProductAsync(Product product, string? attributesXml, Customer customer, Store store, int? languageId)
    {
        var name = await _localizationService.GetLocalizedAsync(product, p => p.Name, languageId);
        if (string.IsNullOrWhiteSpace(name))
            name = product.Name;
        var attributes = string.IsNullOrEmpty(attributesXml)
            ? string.Empty
            : await _attributeFormatter.FormatAttributesAsync(product, attributesXml, customer, store,
                separator: ", ", htmlEncode: false, renderPrices: false, allowHyperlinks: false);
        return string.IsNullOrWhiteSpace(attributes) ? name : $"{name} ({attributes})";
    }

    /// <summary>A product's part number: its SKU, or its id when it has none.</summary>
    public static string PartNumber(Product product) => string.IsNullOrWhiteSpace(product.Sku) ? $"P{product.Id}" : product.Sku;
}
