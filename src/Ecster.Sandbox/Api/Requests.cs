namespace Ecster.Sandbox.Api;

// Request bodies as sent. Every field is nullable so that a missing field is a 400 with our own message
// rather than a serializer error.

internal sealed class EidStartRequest
{
    public string? Type { get; set; }
    public string? NationalId { get; set; }
}

internal sealed class TicketRequest
{
    public TicketIdentificationRequest? Identification { get; set; }
    public TicketLocaleRequest? Locale { get; set; }
    public string? NationalId { get; set; }
    public bool? InPerson { get; set; }
}

internal sealed class TicketIdentificationRequest
{
    public string? Method { get; set; }
    public string? Identifier { get; set; }
    public int? Month { get; set; }
    public int? Year { get; set; }
}

internal sealed class TicketLocaleRequest
{
    public string? Language { get; set; }
    public string? Country { get; set; }
}

internal sealed class CartRequest
{
    public long? Amount { get; set; }
    public string? Currency { get; set; }
    public string? Message { get; set; }
    public List<CartRowRequest>? Rows { get; set; }
}

internal sealed class CartRowRequest
{
    public string? PartNumber { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public long? Quantity { get; set; }
    public long? UnitAmount { get; set; }
    public int? VatRate { get; set; }
    public long? DiscountAmount { get; set; }
    public bool? Fee { get; set; }
}

internal sealed class CreateOrderRequest
{
    public string? OrderReference { get; set; }
    public string? Ticket { get; set; }
    public string? PaymentOptionId { get; set; }
    public string? Channel { get; set; }
    public CartRequest? Cart { get; set; }
    public string? NotificationUrl { get; set; }
}

internal sealed class UpdateOrderRequest
{
    public CartRequest? Cart { get; set; }
    public string? PaymentOptionId { get; set; }
}

internal sealed class OrderReferenceRequest
{
    public string? OrderReference { get; set; }
}

internal sealed class DebitConsentRequest
{
    public string? Method { get; set; }
    public string? PersonalNumber { get; set; }
    public string? EndUserIp { get; set; }
    public string? SignedBy { get; set; }
}

internal sealed class TransactionRequest
{
    public string? Type { get; set; }
    public long? Amount { get; set; }
    public List<CartRowRequest>? Rows { get; set; }
    public string? DebitTransaction { get; set; }
    public string? TransactionReference { get; set; }
}

internal sealed class FaultScenarioRequest
{
    public string? Path { get; set; }
    public string? Method { get; set; }
    public string? Fault { get; set; }
    public int? Times { get; set; }
}
