using Ecster.Sandbox.Domain;
using Ecster.Sandbox.Http;

namespace Ecster.Sandbox.Api;

internal static class OrderLookup
{
    /// <summary>The caller's own order; another merchant's order is as unknown as a missing one.</summary>
    public static Order Require(SandboxRuntime runtime, HttpContext context, string orderId) =>
        runtime.Store.Orders.TryGetValue(orderId, out var order) && order.MerchantId == context.MerchantId()
            ? order
            : throw ApiErrors.NotFound("No such order.");
}
