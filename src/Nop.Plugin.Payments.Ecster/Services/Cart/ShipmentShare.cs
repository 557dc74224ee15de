using Nop.Core.Domain.Orders;
using NopOrder = Nop.Core.Domain.Orders.Order;

namespace Nop.Plugin.Payments.Ecster.Services.Cart;

/// <summary>
/// What the shopper actually pays for some of an order's items (in the order's primary currency), for debiting a
/// shipment. Rule: an item's price (incl. VAT, after item discounts) is reduced by the sub-total discount in
/// proportion to the sub-total, then everything the order charges (discounted items, checkout attributes, shipping,
/// payment fee) is scaled by the share of it the order total still asks for after the order discount, gift cards and
/// reward points. So the shares of all items are never more than the order total, each shipment debits no more than
/// its items' part of it, and the shipment that completes the order debits the rest (shipping, fees, rounding).
/// </summary>
public static class ShipmentShare
{
    /// <param name="order">The order, with nopCommerce's totals.</param>
    /// <param name="allItems">All items of the order (their prices make up the sub-total).</param>
    /// <param name="shipped">Items of this shipment and how many of each it carries.</param>
    public static decimal Of(NopOrder order, IReadOnlyCollection<OrderItem> allItems, IEnumerable<(OrderItem Item, int Quantity)> shipped)
    {
        var value = 0m;
        foreach (var (item, quantity) in shipped)
            if (item.Quantity > 0)
                value += item.PriceInclTax * Math.Min(quantity, item.Quantity) / item.Quantity;
        return value * PaidFraction(order, allItems);
    }

    /// <summary>The part of an item's price the shopper pays through Ecster: between 0 and 1.</summary>
    public static decimal PaidFraction(NopOrder order, IReadOnlyCollection<OrderItem> allItems)
    {
        // An order saved without its sub-total (or edited below its items) is taken at its items' value.
        var subTotal = Math.Max(order.OrderSubtotalInclTax, allItems.Sum(i => i.PriceInclTax));
        var afterSubTotalDiscount = subTotal - order.OrderSubTotalDiscountInclTax;
        var itemFraction = subTotal > 0 ? Clamp(afterSubTotalDiscount / subTotal) : 1m;
        var charged = afterSubTotalDiscount + order.OrderShippingInclTax + order.PaymentMethodAdditionalFeeInclTax;
        var paidFraction = charged > 0 ? Clamp(order.OrderTotal / charged) : 1m;
        return itemFraction * paidFraction;
    }

    private static decimal Clamp(decimal fraction) => Math.Clamp(fraction, 0m, 1m);
}
