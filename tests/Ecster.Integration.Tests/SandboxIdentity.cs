using Ecster.Client;
using Ecster.Client.Models;

namespace Ecster.Integration.Tests;

/// <summary>The bare client's identification (docs §4, §5): eID started for a person, collected at its poll time, then a ticket.</summary>
public static class SandboxIdentity
{
    public const string Anna = "19811218-9801";

    // BankID runs one identification per person at a time (a second start answers ALREADY_IN_PROGRESS, docs §4.3):
    // parallel test workers identifying the same test consumer take turns, as one person would.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SemaphoreSlim> Turns = new();

    /// <summary>Collects until the eID ends; the sandbox's poll time is not waited for (tests set it short anyway).</summary>
    public static async Task<EidIdentification> IdentifyAsync(IEcsterClient client, string personalNumber = Anna,
        string type = IdentificationMethod.MobileBankId)
    {
        var turn = Turns.GetOrAdd(personalNumber, _ => new SemaphoreSlim(1, 1));
        await turn.WaitAsync();
        try
        {
            var eid = await client.StartEidAsync(new StartEidRequest { Type = type, NationalId = PersonalIdentityNumber.Parse(personalNumber) });
            while (eid.IsPending)
                eid = await client.CollectEidAsync(eid.Id);
            return eid;
        }
        finally
        {
            turn.Release();
        }
    }

    /// <summary>A ticket for a completed eID of this person; <paramref name="inPerson"/> for a store sale (docs §5).</summary>
    public static async Task<IdentificationTicket> TicketAsync(IEcsterClient client, string personalNumber = Anna, bool inPerson = false)
    {
        var eid = await IdentifyAsync(client, personalNumber);
        var request = CreateTicketRequest.ForEid(IdentificationMethod.MobileBankId, eid.Id, PersonalIdentityNumber.Parse(personalNumber));
        request.InPerson = inPerson;
        return await client.CreateTicketAsync(request);
    }
}
