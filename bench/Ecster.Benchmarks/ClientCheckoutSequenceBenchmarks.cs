using System.Text;
using BenchmarkDotNet.Attributes;
using Ecster.Client;
using Ecster.Client.Models;
using Ecster.Client.Serialization;

namespace Ecster.Benchmarks;

/// <summary>
/// Issue 8: the typed client against a bare HttpClient on the sequence of calls the plugin makes for one checkout
/// (BankID start, collect, ticket, payment options, create order with a 3-row cart), against the sandbox in its
/// own process with BankID answering at the first collect. The bare client sends the same bodies, prepared once
/// as strings, and finds the ids it needs for the next call with a plain text search: it parses nothing.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 2, warmupCount: 5, iterationCount: 20)]
public class ClientCheckoutSequenceBenchmarks
{
    private const string StartBody = """{"personalNumber":"198112189801","endUserIp":"127.0.0.1","device":"OTHER_DEVICE"}""";

    private ClientRig _rig = null!;
    private IEcsterClient _client = null!;
    private HttpClient _bare = null!;
    private Cart _cart = null!;
    private string _cartJson = null!;

    [GlobalSetup]
    public async Task SetUp()
    {
        _rig = await ClientRig.StartAsync("--Sandbox:BankIdPendingPolls=0");
        (_client, _bare) = (_rig.Client, _rig.Bare);
        _cart = SandboxOrders.LargeCart(3);
        _cartJson = Encoding.UTF8.GetString(EcsterJson.Serialize(_cart));

        // Both sequences must really place an order, or the comparison is of two different things.
        if (await Bare() == 0 || await Typed() == 0)
            throw new InvalidOperationException("A checkout sequence placed no order.");
    }

    [GlobalCleanup]
    public Task CleanUp() => _rig.DisposeAsync().AsTask();

    [Benchmark(Baseline = true, Description = "Bare HttpClient: checkout's 5 calls")]
    public async Task<int> Bare()
    {
        var start = await PostAsync("identifications/bankid", StartBody);
        var collect = await _bare.GetStringAsync("identifications/bankid/" + Field(start, "orderRef"));
        var ticket = Field(await PostAsync("tickets", $$"""{"identificationId":"{{Field(collect, "identificationId")}}"}"""), "ticket");
        var amount = Money.ToOre(_cart.Amount);
        var options = await _bare.GetStringAsync($"paymentoptions/?ticket={ticket}&amount={amount}&currency=SEK&invoiceFee=0");
        var order = await PostAsync("orders",
            $$"""{"orderReference":"{{Guid.NewGuid()}}","ticket":"{{ticket}}","paymentOptionId":"{{Field(options, "id")}}","channel":"ECOMMERCE","cart":{{_cartJson}}}""");
        return Field(order, "id").Length;
    }

    [Benchmark(Description = "Typed client: the same 5 calls")]
    public async Task<int> Typed() => (await SandboxOrders.CreateAsync(_client, _cart)).Id.Length;

    private async Task<string> PostAsync(string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await _bare.PostAsync(path, content);
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
