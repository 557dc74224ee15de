using System.Text.Json.Serialization;
using Ecster.Sandbox.Domain;

namespace Ecster.Sandbox.Model;

// docs §4, §5 and §7.3.

/// <summary>The consumer as tickets and orders show them (docs §5): nationalId with SE and a separator.</summary>
public sealed record ConsumerView(string NationalId, ConsumerNameView Name, ConsumerAddressView Address, ConsumerContactView ContactInfo)
{
    internal static ConsumerView Of(TestConsumer consumer) => new(
        NationalIdOf(consumer.PersonalNumber),
        new ConsumerNameView(consumer.FirstName, consumer.LastName),
        new ConsumerAddressView(consumer.AddressLine1, consumer.City, consumer.Zip, "SE"),
        new ConsumerContactView(
            $"{consumer.FirstName}.{consumer.LastName}@example.se".ToLowerInvariant(), new PhoneView("070-1111111"), null));

    // SE + YYMMDD-NNNN; '+' from the 100th birthday on, as the ticket example and its century rule (docs §5).
    private static string NationalIdOf(string twelve)
    {
        var born = new DateOnly(int.Parse(twelve[..4]), int.Parse(twelve[4..6]), 1);
        var separator = born.AddYears(100) <= DateOnly.FromDateTime(DateTime.UtcNow) ? "+" : "-";
        return "SE" + twelve[2..8] + separator + twelve[8..];
    }
}

public sealed record ConsumerNameView(string FirstName, string LastName);

public sealed record ConsumerAddressView(string Line1, string City, string Zip, string Country);

public sealed record ConsumerContactView(
    string Email,
    PhoneView Cellular,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PhoneView? Phone);

public sealed record PhoneView(string Number);

/// <summary>The eID start and collect answer (docs §4.1, §4.2).</summary>
public sealed record EidView(
    string Id, string Status, [property: JsonPropertyName("startURL")] string StartUrl, int PollTime);

public sealed record TicketView(string Id, DateTimeOffset ValidTo, ConsumerView Consumer);
