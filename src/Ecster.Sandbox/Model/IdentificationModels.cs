using System.Text.Json.Serialization;

namespace Ecster.Sandbox.Model;

// docs §4 and §5.

/// <summary>The consumer; tickets and orders show only the name, identifications also the personal number.</summary>
public sealed record ConsumerView(
    string FirstName, string LastName,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? PersonalNumber = null);

public sealed record BankIdStartView(
    string OrderRef, string AutoStartToken, string QrStartToken, string QrStartSecret, DateTimeOffset StartedAt);

public sealed record BankIdCollectView(
    string OrderRef, string Status, string? HintCode, string? QrData, string? IdentificationId, ConsumerView? Consumer);

public sealed record IdDocumentIdentificationView(string IdentificationId, string Status, ConsumerView Consumer);

public sealed record TicketView(string Ticket, DateTimeOffset ExpiresAt, ConsumerView Consumer);
