using Ecster.Client.Models;
using Newtonsoft.Json;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Ecster;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;
using Nop.Services.Payments;

namespace Ecster.Integration.Tests.BackOffice;

/// <summary>
/// Money moves once whatever happens to the answer: Ecster commits and the connection drops (the client does not
/// retry here, so the back office meets the unknown outcome itself), Ecster cannot even be read afterwards, the
/// process stopped after recording, or 50 captures arrive at once.
/// </summary>
public class ExactlyOnceTests
{
    private BackOfficeHarness _h = null!;

    [SetUp]
    public async Task SetUp() => _h = await BackOfficeHarness.StartAsync(maxRetries: 0);

    [TearDown]
    public async Task TearDown() => await _h.DisposeAsync();

    private void CommitThenFail(string ecsterId) =>
        _h.Fixture.Sandbox.AddFault($"/orders/{ecsterId}/transactions", "commit-then-fail", "POST", times: 1);

    [Test]
    public async Task A_debit_committed_then_cut_off_is_resolved_as_done_and_a_retry_moves_nothing()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m);
        CommitThenFail(ecster.Id);

        var result = await _h.NewMoneyMovements().CaptureAsync(new CapturePaymentRequest { Order = order });
        var retry = await _h.NewMoneyMovements().CaptureAsync(new CapturePaymentRequest { Order = order });

        var debit = _h.SandboxTransactions(ecster.Id, "DEBIT").Single();
        Assert.That(result.Success, Is.True, string.Join(" ", result.Errors));
        Assert.That(result.CaptureTransactionId, Is.EqualTo(debit.Id), "found by reading the order");
        Assert.That(retry.Success, Is.True);
        Assert.That(_h.SandboxTransactions(ecster.Id, "DEBIT"), Has.Count.EqualTo(1));
        Assert.That((await _h.LedgerOfAsync(order)).Entries.Single().State, Is.EqualTo(LedgerEntryState.Succeeded));
        Assert.That(_h.NotesOf(order), Has.Some.Contains("answer was lost").And.Some.Contains("settled: it happened"));
    }

    [Test]
    public async Task A_credit_committed_then_cut_off_is_resolved_without_a_second_credit()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m);
        await _h.NewMoneyMovements().CaptureAsync(new CapturePaymentRequest { Order = order });
        CommitThenFail(ecster.Id);
        var request = new RefundPaymentRequest { Order = order, AmountToRefund = 300m, IsPartialRefund = true };

        var result = await _h.NewMoneyMovements().RefundAsync(request);
        var doubleClick = await _h.NewMoneyMovements().RefundAsync(request);

        Assert.That(result.Success, Is.True, string.Join(" ", result.Errors));
        Assert.That(result.NewPaymentStatus, Is.EqualTo(PaymentStatus.PartiallyRefunded));
        Assert.That(doubleClick.Success, Is.True);
        Assert.That(_h.SandboxTransactions(ecster.Id, "CREDIT").Select(t => t.Amount), Is.EqualTo(new[] { 30_000L }));
    }

    [Test]
    public async Task An_annul_committed_then_cut_off_is_resolved_without_a_second_annul()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m);
        CommitThenFail(ecster.Id);

        var result = await _h.NewMoneyMovements().VoidAsync(new VoidPaymentRequest { Order = order });
        var again = await _h.NewMoneyMovements().VoidAsync(new VoidPaymentRequest { Order = order });

        Assert.That(result.Success, Is.True, string.Join(" ", result.Errors));
        Assert.That(result.NewPaymentStatus, Is.EqualTo(PaymentStatus.Voided));
        Assert.That(again.Success, Is.True);
        Assert.That(_h.SandboxTransactions(ecster.Id, "ANNUL"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task While_the_outcome_cannot_be_read_the_order_is_blocked_then_resolve_settles_it()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m);
        CommitThenFail(ecster.Id);
        _h.BackOfficeClient = AfterDebitFails.Wrap(_h.Client,
            () => _h.Fixture.Sandbox.AddFault($"/orders/{ecster.Id}", "status=503", "GET", times: 2));

        // The debit commits, its answer is lost, and the read that would settle it fails.
        var first = await _h.NewMoneyMovements().CaptureAsync(new CapturePaymentRequest { Order = order });
        Assert.That(first.Success, Is.False);
        Assert.That(first.Errors.Single(), Does.Contain("unknown outcome"));
        var entry = (await _h.LedgerOfAsync(order)).Entries.Single();
        Assert.That(entry.State, Is.EqualTo(LedgerEntryState.Unknown));

        // A further attempt is refused while Ecster still cannot be read; nothing is sent.
        var blocked = await _h.NewMoneyMovements().VoidAsync(new VoidPaymentRequest { Order = order });
        Assert.That(blocked.Success, Is.False);
        Assert.That(blocked.Errors.Single(), Does.Contain(entry.Reference));
        Assert.That(_h.SandboxTransactions(ecster.Id, "ANNUL"), Is.Empty);

        // Ecster readable again: the admin's "resolve" finds the debit; a capture now answers it, moving nothing.
        var resolved = await _h.NewEngine().ResolveAsync(order);
        var capture = await _h.NewMoneyMovements().CaptureAsync(new CapturePaymentRequest { Order = order });

        Assert.That(resolved, Is.Null);
        Assert.That((await _h.LedgerOfAsync(order)).Entries.Single().State, Is.EqualTo(LedgerEntryState.Succeeded));
        Assert.That(capture.Success, Is.True);
        Assert.That(_h.SandboxTransactions(ecster.Id, "DEBIT"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_debit_whose_answer_was_lost_blocks_the_order_until_the_settling_window_proves_it_never_happened()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m);
        _h.Fixture.Sandbox.AddFault($"/orders/{ecster.Id}/transactions", "drop", "POST", times: 1);

        var first = await _h.NewMoneyMovements().CaptureAsync(new CapturePaymentRequest { Order = order });
        var tooSoon = await _h.NewMoneyMovements().CaptureAsync(new CapturePaymentRequest { Order = order });
        var later = await _h.NewMoneyMovements(_h.NewEngineAfterSettlingWindow()).CaptureAsync(new CapturePaymentRequest { Order = order });

        Assert.That(first.Success, Is.False);
        Assert.That(first.Errors.Single(), Does.Contain("unknown outcome"));
        Assert.That(tooSoon.Success, Is.False, "one read without it proves nothing yet");
        Assert.That(later.Success, Is.True, string.Join(" ", later.Errors));
        Assert.That(_h.SandboxTransactions(ecster.Id, "DEBIT"), Has.Count.EqualTo(1));
        Assert.That(_h.Fixture.Sandbox.Inspector.RequestCount($"/orders/{ecster.Id}/transactions", "POST"), Is.EqualTo(2), "nothing re-sent while unknown");
        var ledger = await _h.LedgerOfAsync(order);
        Assert.That(ledger.Entries.Select(e => e.State), Is.EqualTo(new[] { LedgerEntryState.Failed, LedgerEntryState.Succeeded }));
    }

    [Test]
    public async Task A_pending_entry_left_by_a_stopped_process_is_settled_by_reading_never_sent_again()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m);
        // The process recorded the debit, Ecster did it, then the process stopped before recording the answer.
        var reference = $"{order.OrderGuid:N}-debit-1";
        await _h.Client.DebitAsync(ecster.Id, new DebitRequest { Amount = 1_000m, TransactionReference = reference });
        var ledger = new MoneyLedgerDocument();
        ledger.Entries.Add(new LedgerEntry { Type = MovementType.Debit, Reference = reference, Amount = 1_000m, State = LedgerEntryState.Pending, Trigger = "Admin capture" });
        await _h.NewLedger().SaveAsync(order, ledger);

        var result = await _h.NewMoneyMovements().CaptureAsync(new CapturePaymentRequest { Order = order });

        Assert.That(result.Success, Is.True, string.Join(" ", result.Errors));
        Assert.That(_h.SandboxTransactions(ecster.Id, "DEBIT"), Has.Count.EqualTo(1));
        Assert.That(_h.Fixture.Sandbox.Inspector.RequestCount($"/orders/{ecster.Id}/transactions", "POST"), Is.EqualTo(1), "only the original request");
        Assert.That(result.CaptureTransactionId, Is.EqualTo(_h.SandboxTransactions(ecster.Id, "DEBIT")[0].Id));
        Assert.That((await _h.LedgerOfAsync(order)).Entries, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Fifty_concurrent_captures_of_one_order_debit_once()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m);

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ =>
            Task.Run(() => _h.NewMoneyMovements().CaptureAsync(new CapturePaymentRequest { Order = order }))));

        var debit = _h.SandboxTransactions(ecster.Id, "DEBIT").Single();
        Assert.That(debit.Amount, Is.EqualTo(100_000));
        Assert.That(results.Where(r => !r.Success).SelectMany(r => r.Errors), Is.Empty);
        Assert.That(results.Select(r => r.CaptureTransactionId).Distinct(), Is.EqualTo(new[] { debit.Id }));
        Assert.That(_h.Fixture.Sandbox.Inspector.RequestCount($"/orders/{ecster.Id}/transactions", "POST"), Is.EqualTo(1));
    }

    [Test]
    public async Task The_ledger_is_stored_on_the_order_as_a_generic_attribute()
    {
        var (order, _) = await _h.PlaceOrderAsync(1_000m);

        await _h.NewMoneyMovements().CaptureAsync(new CapturePaymentRequest { Order = order });

        var json = _h.Attributes.Raw("Order", order.Id, EcsterDefaults.LedgerAttributeKey);
        Assert.That(json, Is.Not.Null);
        var stored = JsonConvert.DeserializeObject<MoneyLedgerDocument>(json!)!;
        Assert.That(stored.Entries.Single().Type, Is.EqualTo(MovementType.Debit));
        Assert.That(json, Does.Contain("\"Succeeded\""));
    }
}
