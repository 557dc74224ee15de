using Nop.Services.Customers;
using Nop.Services.Orders;
using Nop.Services.Stores;
using NopOrder = Nop.Core.Domain.Orders.Order;

namespace Nop.Plugin.Payments.Ecster.Services.Cart;

/// <summary>
/// The lines of a saved nopCommerce order (items, shipping, payment fee, discounts), for sending an edited order
/// to Ecster, named in the language the shopper ordered in. nopCommerce keeps no per-order record of gift cards or
/// reward points here, and an admin may edit totals by hand, so whatever the lines do not explain becomes one
/// adjustment line (0 % VAT) and the lines always add up to the order total.
/// </summary>
public class OrderCartLines : ICartLineSource<NopOrder>
{
    public const string AdjustmentPartNumber = "Adjustment";

    private readonly ICustomerService _customerService;
    private readonly IOrderService _orderService;
    private readonly IStoreService _storeService;
    private readonly CartTexts _texts;

    public OrderCartLines(ICustomerService customerService, IOrderService orderService, IStoreService storeService, CartTexts texts)
    {
        _customerService = customerService;
        _orderService = orderService;
        _storeService = storeService;
        _texts = texts;
    }

    public async Task<CartLines> GetLinesAsync(NopOrder order)
    {
        var language = order.CustomerLanguageId > 0 ? order.CustomerLanguageId : (int?)null;
        var customer = await _customerService.GetCustomerByIdAsync(order.CustomerId);
        var store = await _storeService.GetStoreByIdAsync(order.StoreId);

        var lines = new List<CartLine>();
        var explained = 0m;
        foreach (var item in await _orderService.GetOrderItemsAsync(order.Id))
        {
            var product = await _orderService.GetProductByOrderItemIdAsync(item.Id);
            var quantity = Math.Max(item.Quantity, 1);
            var name = product is null || customer is null || store is null
                ? await TextAsync("Item", language) + " " + item.Id
                : await _texts.ProductAsync(product, item.AttributesXml, customer, store, language);
            lines.Add(new CartLine(product is null ? $"item-{item.Id}" : CartTexts.PartNumber(product), name, quantity,
                item.PriceInclTax / quantity, item.PriceExclTax / quantity));
            explained += item.PriceInclTax;
        }

        var items = lines.ToList();
        lines.AddRange(DiscountByVatRate.Split(items, "Discount", await TextAsync("SubTotalDiscount", language),
            order.OrderSubTotalDiscountInclTax, order.OrderSubTotalDiscountExclTax));
        explained -= order.OrderSubTotalDiscountInclTax;
        explained += await AddAsync(lines, "Shipping", "Shipping", language, order.OrderShippingInclTax, order.OrderShippingExclTax, isFee: true);
        explained += await AddAsync(lines, "PaymentFee", "PaymentFee", language, order.PaymentMethodAdditionalFeeInclTax,
            order.PaymentMethodAdditionalFeeExclTax, isFee: true);
        explained += await AddAsync(lines, "OrderDiscount", "OrderTotalDiscount", language, -order.OrderDiscount, -order.OrderDiscount);

        // Gift cards, reward points and hand edits: exact, so nothing is lost to rounding here.
        var unexplained = order.OrderTotal - explained;
        if (unexplained != 0)
            lines.Add(new CartLine(AdjustmentPartNumber, await TextAsync("Adjustment", language), 1, unexplained, unexplained, IsPaymentMeans: true));

        return new CartLines(lines, await TextAsync("Rounding", language));
    }

    /// <summary>The order as Ecster's cart: in SEK at the order's own rate, numbered as the shop numbers it.</summary>
    public async Task<global::Ecster.Client.Models.Cart> BuildCartAsync(NopOrder order) =>
        EcsterCartBuilder.Build(await GetLinesAsync(order), order.OrderTotal, SekRate.ForOrder(order), order.CustomOrderNumber);

    private async Task<decimal> AddAsync(List<CartLine> lines, string partNumber, string textName, int? language, decimal inclTax, decimal exclTax,
        bool isFee = false)
    {
        if (inclTax == 0)
            return 0m;
        lines.Add(new CartLine(partNumber, await TextAsync(textName, language), 1, inclTax, exclTax, IsFee: isFee));
        return inclTax;
    }

    private Task<string> TextAsync(string name, int? language) => _texts.GetAsync(name, language);
}
