using Nop.Plugin.Payments.Ecster.Services.Cart;
using Nop.Services.Orders;
using NopOrder = Nop.Core.Domain.Orders.Order;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice.Events;

/// <summary>
/// The lines of a saved nopCommerce order (items, shipping, payment fee, discounts), for sending an edited order
/// to Ecster. An admin may edit totals by hand, so whatever the lines do not explain becomes one adjustment line
/// (0 % VAT) and the cart always adds up to the order total.
/// </summary>
public class OrderCartLines
{
    public const string AdjustmentPartNumber = "Adjustment";

    private readonly IOrderService _orderService;

    public OrderCartLines(IOrderService orderService) => _orderService = orderService;

    public async Task<global::Ecster.Client.Models.Cart> BuildCartAsync(NopOrder order)
    {
        var lines = new List<CartLine>();
        foreach (var item in await _orderService.GetOrderItemsAsync(order.Id))
        {
            var product = await _orderService.GetProductByOrderItemIdAsync(item.Id);
            var quantity = Math.Max(item.Quantity, 1);
            lines.Add(new CartLine(
                string.IsNullOrWhiteSpace(product?.Sku) ? $"item-{item.Id}" : product.Sku,
                product?.Name ?? $"Item {item.Id}",
                quantity,
                Math.Round(item.PriceInclTax / quantity, 2, MidpointRounding.AwayFromZero),
                Math.Round(item.PriceExclTax / quantity, 2, MidpointRounding.AwayFromZero)));
        }

        if (order.OrderShippingInclTax != 0)
            lines.Add(new CartLine("Shipping", "Frakt", 1, order.OrderShippingInclTax, order.OrderShippingExclTax, IsFee: true));
        if (order.PaymentMethodAdditionalFeeInclTax != 0)
            lines.Add(new CartLine("PaymentFee", "Avgift", 1, order.PaymentMethodAdditionalFeeInclTax, order.PaymentMethodAdditionalFeeExclTax, IsFee: true));
        if (order.OrderSubTotalDiscountInclTax != 0)
            lines.Add(new CartLine("Discount", "Rabatt", 1, -order.OrderSubTotalDiscountInclTax, -order.OrderSubTotalDiscountExclTax));
        if (order.OrderDiscount != 0)
            lines.Add(new CartLine("OrderDiscount", "Rabatt", 1, -order.OrderDiscount, -order.OrderDiscount, IsPaymentMeans: true));

        var total = Math.Round(order.OrderTotal, 2, MidpointRounding.AwayFromZero);
        var explained = lines.Sum(l => Math.Round(l.UnitPriceInclTax, 2, MidpointRounding.AwayFromZero) * l.Quantity);
        var units = Math.Max(lines.Sum(l => l.Quantity), 1);
        // Differences within rounding are the cart builder's job; anything larger is an edit the lines do not show.
        if (Math.Abs(total - explained) > 0.01m * units)
            lines.Add(new CartLine(AdjustmentPartNumber, "Justering", 1, total - explained, total - explained, IsPaymentMeans: true));

        return EcsterCartBuilder.Build(lines, total, order.CustomOrderNumber);
    }
}
