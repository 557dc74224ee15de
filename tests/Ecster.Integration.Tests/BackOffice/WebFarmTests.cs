using Moq;
using Nop.Core.Caching;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Storage;
using Nop.Services.Payments;

namespace Ecster.Integration.Tests.BackOffice;

/// <summary>Two nodes of a web farm share nopCommerce's locker and database: an order is still worked on by one at a time.</summary>
public class WebFarmTests : HarnessTest
{
    [Test]
    public async Task Fifty_concurrent_captures_split_across_two_nodes_debit_once()
    {
        var (order, ecster) = await H.PlaceOrderAsync(1_000m);
        var nodes = new[] { H.Locks, H.NewNodeLocks() };

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() =>
            H.NewMoneyMovements(H.NewEngine(locks: nodes[i % 2])).CaptureAsync(new CapturePaymentRequest { Order = order }))));

        Assert.That(results.SelectMany(r => r.Errors), Is.Empty);
        Assert.That(H.SandboxTransactions(ecster.Id, "DEBIT").Single().Amount, Is.EqualTo(100_000));
        Assert.That(H.Fixture.Sandbox.Inspector.RequestCount($"/orders/{ecster.Id}/transactions", "POST"), Is.EqualTo(1));
        Assert.That(H.Locker.Refusals, Is.GreaterThan(0), "the nodes really contended for the shared lock");
    }

    [Test]
    public async Task A_ledger_save_over_a_version_it_did_not_load_is_refused_not_lost()
    {
        var (order, _) = await H.PlaceOrderAsync(1_000m);
        var onNodeA = await H.NewLedger().LoadAsync(order);
        var onNodeB = await H.NewLedger().LoadAsync(order);
        onNodeA.Entries.Add(new LedgerEntry { Type = MovementType.Debit, Reference = "a", State = LedgerEntryState.Pending });
        onNodeB.Entries.Add(new LedgerEntry { Type = MovementType.Annul, Reference = "b", State = LedgerEntryState.Pending });

        await H.NewLedger().SaveAsync(order, onNodeA);

        Assert.ThrowsAsync<DocumentConflictException>(() => H.NewLedger().SaveAsync(order, onNodeB));
        Assert.That((await H.LedgerOfAsync(order)).Entries.Single().Reference, Is.EqualTo("a"), "A's entry survives");
    }

    [Test]
    public async Task A_request_that_has_the_ledger_cached_still_sees_another_nodes_save_before_writing()
    {
        var (order, _) = await H.PlaceOrderAsync(1_000m);
        var requestOnA = new OneRequestsAttributes(H.Attributes);
        var ledgerOnA = new MoneyLedger(new VersionedAttributes(requestOnA, requestOnA, new DocumentTurns(H.AttributeRows, TimeProvider.System)));
        var onNodeA = await ledgerOnA.LoadAsync(order);
        var onNodeB = await H.NewLedger().LoadAsync(order);
        onNodeB.Entries.Add(new LedgerEntry { Type = MovementType.Annul, Reference = "b", State = LedgerEntryState.Pending });
        await H.NewLedger().SaveAsync(order, onNodeB);
        onNodeA.Entries.Add(new LedgerEntry { Type = MovementType.Debit, Reference = "a", State = LedgerEntryState.Pending });

        Assert.ThrowsAsync<DocumentConflictException>(() => ledgerOnA.SaveAsync(order, onNodeA));
        Assert.That((await H.LedgerOfAsync(order)).Entries.Single().Reference, Is.EqualTo("b"), "B's entry survives");
    }

    [Test]
    public async Task A_sender_whose_save_after_the_debit_meets_another_nodes_save_keeps_its_answer()
    {
        var (order, ecster) = await H.PlaceOrderAsync(1_000m);
        // nopCommerce's distributed locker can let two nodes into one order at once: here it always does.
        var locker = new Mock<ILocker>();
        locker.Setup(l => l.PerformActionWithLockAsync(It.IsAny<string>(), It.IsAny<TimeSpan>(), It.IsAny<Func<Task>>()))
            .Returns(async (string _, TimeSpan _, Func<Task> action) =>
            {
                await action();
                return true;
            });
        var bothIn = new OrderLocks(locker.Object);
        CapturePaymentResult? onB = null;
        // While node A's debit answer is on its way, node B captures too: it finds A's debit at Ecster and saves the ledger.
        H.BackOfficeClient = AfterFirstDebit.Wrap(H.Client, async () =>
            onB = await H.NewMoneyMovements(H.NewEngine(locks: new OrderLocks(locker.Object))).CaptureAsync(new CapturePaymentRequest { Order = order }));

        var onA = await H.NewMoneyMovements(H.NewEngine(locks: bothIn)).CaptureAsync(new CapturePaymentRequest { Order = order });

        Assert.That(onB, Is.Not.Null);
        Assert.That(onA.Errors, Is.Empty, "A's debit happened: A must not say otherwise");
        Assert.That(onA.NewPaymentStatus, Is.EqualTo(Nop.Core.Domain.Payments.PaymentStatus.Paid));
        Assert.That(H.Fixture.Sandbox.Inspector.RequestCount($"/orders/{ecster.Id}/transactions", "POST"), Is.EqualTo(1));
        var debit = (await H.LedgerOfAsync(order)).Entries.Single(e => e.Type == MovementType.Debit);
        Assert.That(debit.State, Is.EqualTo(LedgerEntryState.Succeeded));
    }
}
