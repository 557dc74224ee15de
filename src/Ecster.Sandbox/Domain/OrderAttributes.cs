using System.Text.Json;
using Ecster.Sandbox.Api;

namespace Ecster.Sandbox.Domain;

/// <summary>
/// The attributes an order is created with and replaced by each update (docs §7.2, §7.5): an attribute an update
/// leaves out is gone, as Ecster deletes it.
/// </summary>
internal sealed record OrderAttributes(
    ContactInfoRequest? ContactInfo, RecipientRequest? Recipient, string? NotificationUrl, string? SalesPerson,
    JsonElement? Parameters, IReadOnlyList<string>? Tags, bool OpenReservation);
