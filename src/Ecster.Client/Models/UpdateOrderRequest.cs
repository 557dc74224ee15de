namespace Ecster.Client.Models;

/// <summary>
/// Body of PUT /orders/{orderId} (docs §7.5): create's body without the ticket, allowed only while the order is
/// READY. Every attribute is sent again: Ecster deletes an optional attribute left out.
/// </summary>
public sealed class UpdateOrderRequest : OrderAttributes;

/// <summary>Body of PUT /orders/{orderId}/orderReference.</summary>
internal sealed class UpdateOrderReferenceBody
{
    public string OrderReference { get; set; } = string.Empty;
}
