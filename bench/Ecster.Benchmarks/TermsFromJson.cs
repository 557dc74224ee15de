using System.Globalization;
using Newtonsoft.Json.Linq;
using Nop.Plugin.Payments.Ecster.Services.Terms;

namespace Ecster.Benchmarks;

/// <summary>
/// Turns the sandbox's terms answer (docs/ecster-api.md §3) into the plugin's cached snapshot, read by hand from
/// the documented fields (localized display strings) so the benchmark does not depend on the client's models.
/// </summary>
internal static class TermsFromJson
{
    public const string PartPaymentTermsPath = "paymentmethods/terms?locale=sv-SE&nationality=SE&paymentMethod=PARTPAYMENT&amount=1000000&currency=SEK";

    public static TermsSnapshot Parse(string json)
    {
        var root = JObject.Parse(json);
        var terms = root["localizedTerms"]!.ToDictionary(t => (string)t["id"]!, t => Number((string)t["value"]!));
        var code = (string)root["submethod"]!;
        var term = new CreditTerm(code, (string)root["method"]!, code, (int)terms["months"], terms["interestRate"],
            terms["startFee"], terms["adminFee"], 0m, 0m, 0m);
        return new TermsSnapshot([term], null, null, DateTimeOffset.UtcNow);
    }

    // Swedish display strings: "1 156,84".
    private static decimal Number(string value) =>
        decimal.Parse(value.Replace(" ", "").Replace('\u00A0'.ToString(), "").Replace(',', '.'), CultureInfo.InvariantCulture);
}
