using BenchmarkDotNet.Attributes;
using Ecster.Client.Models;
using Ecster.Client.Serialization;
using Nop.Plugin.Payments.Ecster.Services.Cart;

namespace Ecster.Benchmarks;

/// <summary>
/// Issue 8: the plugin's CPU work on the largest bodies: building a 100-row cart from order lines, and the
/// client's JSON (UTF-8 in and out, as on the wire) for a 100-row create-order request and a 100-row order answer with transactions.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class CartAndJsonBenchmarks
{
    private CartLine[] _lines = null!;
    private decimal _total;
    private CreateOrderRequest _request = null!;
    private byte[] _orderUtf8 = null!;

    [GlobalSetup]
    public void SetUp()
    {
        _lines = Enumerable.Range(0, 100)
            .Select(i => new CartLine($"SKU-{i:D5}", $"Produkt {i}, färg \"grå\"", 1 + i % 3, (49.90m + i) * 1.25m, 49.90m + i))
            .ToArray();
        _total = Math.Round(_lines.Sum(l => Math.Round(l.UnitPriceInclTax, 2, MidpointRounding.AwayFromZero) * l.Quantity), 2);

        var cart = SandboxOrders.LargeCart(100);
        _request = new CreateOrderRequest
        {
            OrderReference = Guid.NewGuid().ToString(), Ticket = "tkt-benchmark", PaymentOption = "opt-benchmark",
            Cart = cart, NotificationUrl = "https://shop.example/Plugins/PaymentEcster/Notification"
        };
        var order = new Order
        {
            Id = "ECS-1", OrderReference = _request.OrderReference, Status = OrderStatus.PartiallyDelivered,
            Amount = cart.Amount, DebitedAmount = 1_000m,
            // docs §7.3: the cart comes back as the ORIGINAL transaction's rows.
            Transactions = Enumerable.Range(0, 50).Select(i => new Transaction
            {
                Id = $"TX-{i}", Type = TransactionType.Debit, Amount = 20m, TransactionReference = $"ref-{i}", Rows = [cart.Rows[i]]
            }).Prepend(new Transaction { Id = "TX-O", Type = "ORIGINAL", Amount = cart.Amount, Rows = cart.Rows }).ToList()
        };
        _orderUtf8 = EcsterJson.Serialize(order);
    }

    [Benchmark(Description = "Build a 100-row Ecster cart")]
    public Cart BuildCart() => EcsterCartBuilder.Build(new CartLines(_lines, "Rounding"), _total, SekRate.Identity);

    [Benchmark(Description = "Serialise a 100-row create-order request")]
    public byte[] SerialiseCreateOrder() => EcsterJson.Serialize(_request);

    [Benchmark(Description = "Deserialise a 100-row order with 50 transactions")]
    public Order DeserialiseOrder() => EcsterJson.Deserialize<Order>(_orderUtf8);
}
