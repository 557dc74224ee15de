namespace Ecster.Client.Models;

/// <summary>Body of PUT /orders/{orderId} (docs §7.5): a new cart and/or payment option, before any debit.</summary>
public sealed class UpdateOrderRequest
{
    public Cart? Cart { get; set; }

    public string? PaymentOptionId { get; set; }
}

/// <summary>Body of PUT /orders/{orderId}/orderReference.</summary>
internal sealed class UpdateOrderReferenceBody
{
    public string OrderReference { get; set; } = string.Empty;
}
