using Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;
using Nop.Services.Payments;

namespace Ecster.Integration.Tests.BackOffice;

/// <summary>Two nodes of a web farm share nopCommerce's locker and database: an order is still worked on by one at a time.</summary>
public class WebFarmTests
{
    private BackOfficeHarness _h = null!;

    [SetUp]
    public async Task SetUp() => _h = await BackOfficeHarness.StartAsync(maxRetries: 0);

    [TearDown]
    public async Task TearDown() => await _h.DisposeAsync();

    [Test]
    public async Task Fifty_concurrent_captures_split_across_two_nodes_debit_once()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m);
        var nodes = new[] { _h.Locks, _h.NewNodeLocks() };

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() =>
            _h.NewMoneyMovements(_h.NewEngine(locks: nodes[i % 2])).CaptureAsync(new CapturePaymentRequest { Order = order }))));

        Assert.That(results.SelectMany(r => r.Errors), Is.Empty);
        Assert.That(_h.SandboxTransactions(ecster.Id, "DEBIT").Single().Amount, Is.EqualTo(100_000));
        Assert.That(_h.Fixture.Sandbox.Inspector.RequestCount($"/orders/{ecster.Id}/transactions", "POST"), Is.EqualTo(1));
        Assert.That(_h.Locker.Refusals, Is.GreaterThan(0), "the nodes really contended for the shared lock");
    }

    [Test]
    public async Task A_ledger_save_over_a_version_it_did_not_load_is_refused_not_lost()
    {
        var (order, _) = await _h.PlaceOrderAsync(1_000m);
        var onNodeA = await _h.NewLedger().LoadAsync(order);
        var onNodeB = await _h.NewLedger().LoadAsync(order);
        onNodeA.Entries.Add(new LedgerEntry { Type = MovementType.Debit, Reference = "a", State = LedgerEntryState.Pending });
        onNodeB.Entries.Add(new LedgerEntry { Type = MovementType.Annul, Reference = "b", State = LedgerEntryState.Pending });

        await _h.NewLedger().SaveAsync(order, onNodeA);

        Assert.ThrowsAsync<LedgerConflictException>(() => _h.NewLedger().SaveAsync(order, onNodeB));
        Assert.That((await _h.LedgerOfAsync(order)).Entries.Single().Reference, Is.EqualTo("a"), "A's entry survives");
    }
}
