using System.Text;
using Ecster.Client;
using Ecster.Client.Models;

namespace Ecster.Benchmarks;

/// <summary>
/// The call sequences both sides of the client benchmarks run. The bare HttpClient sends the bodies the typed
/// client would, prepared as strings, and finds the ids it needs for the next call with a plain text search: it
/// parses nothing. The typed checkout is <see cref="SandboxOrders.CreateAsync(IEcsterClient, Ecster.Client.Models.Cart)"/>.
/// </summary>
internal static class ClientSequences
{
    private const string StartBody = """{"type":"SE_BANKID_MOBILE","nationalId":"SE8112189801"}""";

    /// <summary>The checkout's 5 calls: eID start, collect (complete at once: no pending polls), ticket, options for the exact total, order.</summary>
    /// <param name="cartJson">The cart as the typed client serialises it.</param>
    public static async Task<int> BareCheckoutAsync(HttpClient bare, decimal amount, string cartJson)
    {
        var start = await PostAsync(bare, "identification/eid", StartBody);
        var collect = await bare.GetStringAsync("identification/eid/" + Field(start, "id"));
        var ticket = Field(await PostAsync(bare, "identification/tickets",
            $$"""{"identification":{"method":"SE_BANKID_MOBILE","identifier":"{{Field(collect, "id")}}"},"locale":{"language":"sv","country":"SE"},"nationalId":"SE811218-9801","inPerson":false}"""), "id");
        var ore = Money.ToOre(amount);
        var options = await bare.GetStringAsync($"paymentoptions/?ticket={ticket}&amount={ore}&currency=SEK&invoiceFee=0");
        var order = await PostAsync(bare, "orders",
            $$"""{"paymentOption":"{{Field(options, "id")}}","orderReference":"{{Guid.NewGuid()}}","cart":{{cartJson}},"ticket":"{{ticket}}"}""");
        return Field(order, "id").Length;
    }

    // Ecster's GET calls take every parameter in the query (docs/ecster-api.md §1).
    public const string MethodsPath = "paymentmethods?locale=sv-SE&nationality=SE&currency=SEK&amount=100000&inPerson=false";
    private static readonly PaymentMethodsQuery MethodsQuery = new() { Amount = 1_000m };
    private static readonly PaymentMethodTermsQuery TermsQuery = new() { Amount = 10_000m };

    /// <summary>The three reads: payment methods, terms, one order.</summary>
    public static async Task<int> BareReadsAsync(HttpClient bare, string orderId)
    {
        var length = (await bare.GetStringAsync(MethodsPath)).Length;
        length += (await bare.GetStringAsync(TermsFromJson.PartPaymentTermsPath)).Length;
        length += (await bare.GetStringAsync($"orders/{orderId}")).Length;
        return length;
    }

    public static async Task<int> TypedReadsAsync(IEcsterClient client, string orderId)
    {
        var methods = await client.GetPaymentMethodsAsync(MethodsQuery);
        var terms = await client.GetPaymentMethodTermsAsync(TermsQuery);
        var order = await client.GetOrderAsync(orderId);
        return methods.PaymentMethods.Count + terms.LocalizedTerms.Count + order.Transactions.Count;
    }

    private static async Task<string> PostAsync(HttpClient bare, string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await bare.PostAsync(path, content);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    // The sandbox writes compact JSON; the first "name":"value" is the one each step needs.
    private static string Field(string json, string name)
    {
        var marker = $"\"{name}\":\"";
        var start = json.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        return json[start..json.IndexOf('"', start)];
    }
}
