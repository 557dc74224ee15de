using Ecster.Integration.Tests.BackOffice;
using Moq;
using Nop.Core.Caching;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Movements;
using Nop.Services.Common;
using Nop.Services.Payments;
using StackExchange.Redis;

namespace Ecster.Integration.Tests.WebFarm.OnRedis;

/// <summary>
/// Captures on two plugin hosts whose order locks are nopCommerce's DistributedCacheLocker over one real Redis;
/// the orders' data (the ledger) is the farm's shared database.
/// </summary>
public class RedisFarmCaptureTests : HarnessTest
{
    private string _farm = null!;

    [SetUp]
    public void NewFarm() => _farm = SharedRedis.NewFarm();

    [Test]
    public async Task Fifty_concurrent_captures_split_across_two_nodes_debit_once()
    {
        var (order, ecster) = await H.PlaceOrderAsync(1_000m);
        await using var a = await FarmNode.JoinAsync(SharedRedis.Server, _farm);
        await using var b = await FarmNode.JoinAsync(SharedRedis.Server, _farm);
        var nodes = new[] { a, b };

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() =>
            H.NewMoneyMovements(H.NewEngine(locks: nodes[i % 2].Locks)).CaptureAsync(new CapturePaymentRequest { Order = order }))));

        // Money moved once. How many debit requests went out is counted, not asserted: nopCommerce's locker can let
        // both nodes in at once, and the ledger's version check does not always stop the second (see the explicit
        // test below). Ecster refuses that full debit as more than authorised; the node that sent it reports either
        // the refusal or, when its save after the send meets the other node's version, "busy". No other error.
        var sent = H.Fixture.Sandbox.Inspector.RequestCount($"/orders/{ecster.Id}/transactions", "POST");
        Assert.That(H.SandboxTransactions(ecster.Id, "DEBIT").Single().Amount, Is.EqualTo(100_000));
        var busy = await H.NewTexts().GetAsync("Errors.OrderBusy");
        var errors = results.SelectMany(r => r.Errors).ToList();
        Assert.That(errors.Count(e => e != busy), Is.LessThanOrEqualTo(sent - 1), string.Join(" | ", errors.Distinct()));
        Assert.That(results.Count(r => r.Errors.Count == 0), Is.GreaterThan(0));
        Assert.That(a.Locker.Refusals + b.Locker.Refusals, Is.GreaterThan(0), "the nodes really contended for the lock in Redis");
        Assert.That(await LockKeysLeftAsync(), Is.Empty, "every lock was released");
        TestContext.Out.WriteLine($"Web farm (Redis): 50 captures on two nodes, 1 debit, {sent} debit request(s) sent, " +
            $"{errors.Count(e => e == busy)} told to retry, {a.Locker.Refusals + b.Locker.Refusals} lock attempts refused");
    }

    [Test]
    public async Task When_nopCommerces_locker_lets_both_nodes_in_the_ledger_version_refuses_the_second_debit()
    {
        var (order, ecster) = await H.PlaceOrderAsync(1_000m);
        var lockGate = new BothReadTheLockFree();
        await using var a = await FarmNode.JoinAsync(SharedRedis.Server, _farm, lockGate.Wrap);
        await using var b = await FarmNode.JoinAsync(SharedRedis.Server, _farm, lockGate.Wrap);
        var (client, reads) = SecondReadWaits.Wrap(H.Client);
        H.BackOfficeClient = client;

        var onA = H.NewMoneyMovements(H.NewEngine(locks: a.Locks)).CaptureAsync(new CapturePaymentRequest { Order = order });
        var onB = H.NewMoneyMovements(H.NewEngine(locks: b.Locks)).CaptureAsync(new CapturePaymentRequest { Order = order });
        // Both nodes read the lock free, both took it, and both read Ecster's order inside it: not exclusive.
        await reads.BothAsked.WaitAsync(TimeSpan.FromSeconds(10));
        var first = await Task.WhenAny(onA, onB).WaitAsync(TimeSpan.FromSeconds(10));
        reads.LetSecondGo();
        var second = first == onA ? onB : onA;

        Assert.That((await first).Errors, Is.Empty);
        Assert.That((await second).Errors, Is.EqualTo(new[] { await H.NewTexts().GetAsync("Errors.OrderBusy") }),
            "the second node acted on a ledger version the first had already replaced");
        Assert.That(H.SandboxTransactions(ecster.Id, "DEBIT").Single().Amount, Is.EqualTo(100_000));
        Assert.That(H.Fixture.Sandbox.Inspector.RequestCount($"/orders/{ecster.Id}/transactions", "POST"), Is.EqualTo(1));
    }

    // The ledger's version check is itself a read then a write (MoneyLedger.SaveAsync re-reads the stored version,
    // then writes through nopCommerce's generic attributes, which offer no compare-and-set). So two nodes let in
    // together by nopCommerce's locker, whose saves interleave, both pass it and both send. The 50-capture test
    // meets this by chance; Ecster then refuses the second full debit (more than is authorised), but a second
    // partial debit would move money. Explicit until the ledger's save is atomic across nodes.
    [Test, Explicit("Fails today: the ledger's version check is not atomic across nodes, so both send a debit")]
    public async Task Two_nodes_let_in_together_whose_ledger_saves_interleave_send_one_debit()
    {
        var (order, ecster) = await H.PlaceOrderAsync(1_000m);
        var lockGate = new BothReadTheLockFree();
        await using var a = await FarmNode.JoinAsync(SharedRedis.Server, _farm, lockGate.Wrap);
        await using var b = await FarmNode.JoinAsync(SharedRedis.Server, _farm, lockGate.Wrap);
        var database = new LedgerReadsInPairs(H.Attributes);

        var results = await Task.WhenAll(new[] { a, b }.Select(node =>
            H.NewMoneyMovements(EngineOn(node, database)).CaptureAsync(new CapturePaymentRequest { Order = order })));

        Assert.That(H.Fixture.Sandbox.Inspector.RequestCount($"/orders/{ecster.Id}/transactions", "POST"), Is.EqualTo(1),
            string.Join(" | ", results.SelectMany(r => r.Errors)));
    }

    /// <summary>A request's engine on <paramref name="node"/>, its ledger read through <paramref name="database"/>.</summary>
    private MovementEngine EngineOn(FarmNode node, IGenericAttributeService database)
    {
        var time = TimeProvider.System;
        var ledger = new MoneyLedger(database, new Mock<IShortTermCacheManager>().Object);
        return new MovementEngine(H.Clients, ledger, node.Locks, H.NewNotes(), new LedgerReconciler(H.NewNotes(), H.NewSync(), H.NewTexts(), time),
            H.NewSync(), H.NewTexts(), time);
    }

    private async Task<List<RedisKey>> LockKeysLeftAsync()
    {
        await using var look = await ConnectionMultiplexer.ConnectAsync(SharedRedis.Server.Configuration);
        var server = look.GetServer(look.GetEndPoints().Single());
        return await server.KeysAsync(pattern: _farm + "*lock*").ToListAsync();
    }
}
