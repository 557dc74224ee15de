using Ecster.Client;
using Ecster.Client.Models;

namespace Ecster.Integration.Tests;

/// <summary>The bare client's identification (docs §4, §5): eID started for a person, collected at its poll time, then a ticket.</summary>
public static class SandboxIdentity
{
    public const string Anna = "19811218-9801";

    /// <summary>Collects until the eID ends; the sandbox's poll time is not waited for (tests set it short anyway).</summary>
    public static async Task<EidIdentification> IdentifyAsync(IEcsterClient client, string personalNumber = Anna,
        string type = IdentificationMethod.MobileBankId)
    {
        var eid = await client.StartEidAsync(new StartEidRequest { Type = type, NationalId = PersonalIdentityNumber.Parse(personalNumber) });
        while (eid.IsPending)
            eid = await client.CollectEidAsync(eid.Id);
        return eid;
    }

    /// <summary>A ticket for a completed eID of this person.</summary>
    public static async Task<IdentificationTicket> TicketAsync(IEcsterClient client, string personalNumber = Anna)
    {
        var eid = await IdentifyAsync(client, personalNumber);
        return await client.CreateTicketAsync(CreateTicketRequest.ForEid(IdentificationMethod.MobileBankId, eid.Id, PersonalIdentityNumber.Parse(personalNumber)));
    }
}
