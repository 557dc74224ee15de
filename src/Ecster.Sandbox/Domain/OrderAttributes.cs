using System.Text.Json;
using Ecster.Sandbox.Api;

namespace Ecster.Sandbox.Domain;

/// <summary>
/// The attributes an order is created with and replaced by each update (docs §7.2, §7.5): an attribute an update
/// leaves out is gone, as Ecster deletes it.
/// </summary>
internal sealed record OrderAttributes(
    ContactInfoRequest? ContactInfo, RecipientRequest? Recipient, string? NotificationUrl, string? SalesPerson,
    JsonElement? Parameters, IReadOnlyList<string>? Tags, bool OpenReservation)
{
    /// <summary>
    /// Whether consumer and sales person are together: Ecster reads it from the ticket's <c>inPerson</c>; until the
    /// sandbox's tickets carry it, a <c>salesPerson</c> (mandatory in person, docs §13 A15) is the sign of it.
    /// </summary>
    public bool InPerson => SalesPerson is not null;
}
