using Newtonsoft.Json.Linq;
using Nop.Plugin.Payments.Ecster.Services.Terms;

namespace Ecster.Benchmarks;

/// <summary>
/// Turns the sandbox's terms answer (docs/ecster-api.md §3) into the plugin's cached snapshot, read by hand from
/// the documented fields so the benchmark does not depend on the client's models.
/// </summary>
internal static class TermsFromJson
{
    public static TermsSnapshot Parse(string json)
    {
        var root = JObject.Parse(json);
        var terms = root["terms"]!.Select(t => new CreditTerm(
            (string)t["code"]!, (string)t["paymentMethod"]!, (string?)t["description"] ?? "", (int)t["months"]!,
            (long)t["nominalInterestRate"]! / 100m, Ore(t["setupFee"]), Ore(t["monthlyFee"]), Ore(t["invoiceFee"]),
            Ore(t["minAmount"]), Ore(t["maxAmount"]))).ToList();
        return new TermsSnapshot(terms, null, (string?)root["termsUrl"], DateTimeOffset.UtcNow);
    }

    private static decimal Ore(JToken? token) => token is null || token.Type == JTokenType.Null ? 0m : (long)token / 100m;
}
