using Ecster.Sandbox.Domain;
using Ecster.Sandbox.Http;

namespace Ecster.Sandbox.Api;

/// <summary>Ecster's yes or no to a consumer for an amount (docs §6, §7.2, §7.5).</summary>
internal static class CreditDecision
{
    public static void Require(TestConsumer consumer, long amount)
    {
        if (consumer.CreditDeclined) throw ApiErrors.CreditDeclined("The credit application was declined.");
        if (amount > consumer.CreditLimit)
            throw ApiErrors.OverCreditLimit("The amount is above the consumer's credit limit.");
    }
}
