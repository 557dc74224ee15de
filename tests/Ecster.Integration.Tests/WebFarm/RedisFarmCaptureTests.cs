using Ecster.Integration.Tests.BackOffice;
using Moq;
using Nop.Core.Caching;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Storage;
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

        // One debit request, whatever nopCommerce's locker let through: a node let in beside another finds the
        // ledger's turn taken and is told to retry ("busy") before it sends, or finds the other's debit recorded but
        // not yet answered and waits for it to settle. No other error.
        var sent = H.Fixture.Sandbox.Inspector.RequestCount($"/orders/{ecster.Id}/transactions", "POST");
        Assert.That(sent, Is.EqualTo(1));
        Assert.That(H.SandboxTransactions(ecster.Id, "DEBIT").Single().Amount, Is.EqualTo(100_000));
        var busy = await H.NewTexts().GetAsync("Errors.OrderBusy");
        var debit = (await H.LedgerOfAsync(order)).Entries.Single(e => e.Type == MovementType.Debit);
        var waiting = await H.NewTexts().GetAsync("Errors.UnsettledMovement", debit.Type, debit.Reference, (int)LedgerReconciler.SettlingWindow.TotalMinutes);
        var errors = results.SelectMany(r => r.Errors).ToList();
        Assert.That(errors.Where(e => e != busy && e != waiting), Is.Empty, string.Join(" | ", errors.Distinct()));
        // The sender's answer is on the ledger even when another node saved it meanwhile, or a read settles it.
        if (debit.State != LedgerEntryState.Succeeded)
            Assert.That(await H.NewEngine().ResolveAsync(order), Is.Null);
        Assert.That((await H.LedgerOfAsync(order)).Entries.Single(e => e.Type == MovementType.Debit).State, Is.EqualTo(LedgerEntryState.Succeeded));
        Assert.That(results.Count(r => r.Errors.Count == 0), Is.GreaterThan(0));
        // Contention shows as a lock attempt refused in Redis, or as a node let in beside the other and turned away.
        Assert.That(a.Locker.Refusals + b.Locker.Refusals + errors.Count, Is.GreaterThan(0), "the nodes really contended");
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

    // nopCommerce's locker lets both nodes in, and their ledger saves interleave: both loaded version N, both look
    // at what is stored before either writes. A check that reads then writes passes for both (two debits sent);
    // taking the version's turn is one atomic delete, so only one node may send.
    [Test]
    public async Task Two_nodes_let_in_together_whose_ledger_saves_interleave_send_one_debit()
    {
        var (order, ecster) = await H.PlaceOrderAsync(1_000m);
        var lockGate = new BothReadTheLockFree();
        await using var a = await FarmNode.JoinAsync(SharedRedis.Server, _farm, lockGate.Wrap);
        await using var b = await FarmNode.JoinAsync(SharedRedis.Server, _farm, lockGate.Wrap);
        var database = new DocumentReadsInPairs(H.Attributes);
        H.AttributeRows.BeforeStatement = database.Rows;

        var results = await Task.WhenAll(new[] { a, b }.Select(node =>
            H.NewMoneyMovements(EngineOn(node, database)).CaptureAsync(new CapturePaymentRequest { Order = order })));

        Assert.That(H.Fixture.Sandbox.Inspector.RequestCount($"/orders/{ecster.Id}/transactions", "POST"), Is.EqualTo(1),
            string.Join(" | ", results.SelectMany(r => r.Errors)));
        Assert.That(results.Count(r => r.Errors.Count == 0), Is.EqualTo(1));
        Assert.That(results.SelectMany(r => r.Errors), Is.EqualTo(new[] { await H.NewTexts().GetAsync("Errors.OrderBusy") }));
        Assert.That(H.SandboxTransactions(ecster.Id, "DEBIT").Single().Amount, Is.EqualTo(100_000));
    }

    /// <summary>A request's engine on <paramref name="node"/>, its ledger read through <paramref name="database"/>.</summary>
    private MovementEngine EngineOn(FarmNode node, IGenericAttributeService database)
    {
        var time = TimeProvider.System;
        var ledger = new MoneyLedger(new VersionedAttributes(database, new Mock<IShortTermCacheManager>().Object, new DocumentTurns(H.AttributeRows, time)));
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
