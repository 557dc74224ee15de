using Ecster.Sandbox.Finance;
using Ecster.Sandbox.Model;

namespace Ecster.Sandbox.Domain;

/// <summary>An option given for one ticket and one amount (docs §6); only that pair may use it.</summary>
internal sealed record PaymentOptionOffer(string TicketId, TestConsumer Consumer, long Amount, PaymentTerm Term, PaymentOptionView View)
{
    public string Id => View.Id;
}
