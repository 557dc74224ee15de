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

/// <summary>docs §7.2; update (§7.5) is the same body without the ticket.</summary>
internal class OrderAttributesRequest
{
    public string? OrderReference { get; set; }
    public string? PaymentOption { get; set; }
    public CartRequest? Cart { get; set; }
    public ContactInfoRequest? ContactInfo { get; set; }
    public RecipientRequest? Recipient { get; set; }
    [System.Text.Json.Serialization.JsonPropertyName("notificationURL")]
    public string? NotificationUrl { get; set; }
    public string? SalesPerson { get; set; }
    public System.Text.Json.JsonElement? Parameters { get; set; }
    public List<string>? Tags { get; set; }
    public bool? OpenReservation { get; set; }
}

internal sealed class CreateOrderRequest : OrderAttributesRequest
{
    public string? Ticket { get; set; }
}

internal sealed class UpdateOrderRequest : OrderAttributesRequest;

internal sealed class ContactInfoRequest
{
    public string? Email { get; set; }
    public PhoneRequest? Cellular { get; set; }
    public PhoneRequest? Phone { get; set; }
}

internal sealed class PhoneRequest
{
    public string? Number { get; set; }
}

internal sealed class NameRequest
{
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
}

internal sealed class AddressRequest
{
    public string? Line1 { get; set; }
    public string? Line2 { get; set; }
    public string? City { get; set; }
    public string? Zip { get; set; }
    public string? Country { get; set; }
}

internal sealed class RecipientRequest
{
    public NameRequest? Name { get; set; }
    public AddressRequest? Address { get; set; }
    public ContactInfoRequest? ContactInfo { get; set; }
}

internal sealed class OrderReferenceRequest
{
    public string? OrderReference { get; set; }
}

/// <summary>docs §8: <c>{ signatureType, identification: { method, identifier } }</c>.</summary>
internal sealed class SignatureRequest
{
    public string? SignatureType { get; set; }
    public SignatureIdentificationRequest? Identification { get; set; }
}

internal sealed class SignatureIdentificationRequest
{
    public string? Method { get; set; }
    public string? Identifier { get; set; }
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
