using Nop.Core.Domain.Orders;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice;

/// <summary>Which nopCommerce orders are Ecster's, and the Ecster order id each one points at.</summary>
public static class EcsterOrders
{
    /// <summary>True for an order paid with this plugin whose Ecster order was created (checkout stores its id).</summary>
    public static bool IsEcsterOrder(Order? order) =>
        order is not null
        && string.Equals(order.PaymentMethodSystemName, EcsterDefaults.SystemName, StringComparison.OrdinalIgnoreCase)
        && !string.IsNullOrWhiteSpace(order.AuthorizationTransactionId);

    public static string EcsterOrderId(Order order) => order.AuthorizationTransactionId.Trim();
}
