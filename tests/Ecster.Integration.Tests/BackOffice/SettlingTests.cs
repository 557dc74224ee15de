using Ecster.Client.Models;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;
using Nop.Services.Payments;

namespace Ecster.Integration.Tests.BackOffice;

/// <summary>
/// Against an Ecster that does not deduplicate: a lost answer is Unknown until a read shows the transaction or the
/// settling window passes without it; nothing is ever sent again for it, not even by another button.
/// </summary>
public class SettlingTests : HarnessTest
{
    [Test]
    public async Task A_refund_whose_answer_was_lost_and_that_commits_late_is_one_refund()
    {
        var (order, ecster) = await H.PlaceOrderAsync(1_000m);
        await H.NewMoneyMovements().CaptureAsync(new CapturePaymentRequest { Order = order });
        var (client, inFlight) = LosesFirstCreditAnswer.Wrap(H.Client);
        H.BackOfficeClient = client;
        var request = new RefundPaymentRequest { Order = order, AmountToRefund = 300m, IsPartialRefund = true };

        var lost = await H.NewMoneyMovements().RefundAsync(request);
        // The admin presses Refund again while the first request is still on its way: one read does not list it.
        var again = await H.NewMoneyMovements().RefundAsync(request);
        await inFlight.CommitLateAsync();
        var resolved = await H.NewEngine().ResolveAsync(order);

        Assert.That(lost.Success, Is.False);
        Assert.That(again.Success, Is.False, "blocked while the first is unknown");
        Assert.That(again.Errors.Single(), Does.Contain("unknown outcome"));
        Assert.That(resolved, Is.Null);
        Assert.That(H.SandboxTransactions(ecster.Id, "CREDIT").Select(t => t.Amount), Is.EqualTo(new[] { 30_000L }));
        var credit = (await H.LedgerOfAsync(order)).Entries.Single(e => e.Type == MovementType.Credit);
        Assert.That(credit.State, Is.EqualTo(LedgerEntryState.Succeeded));
    }

    [Test]
    public async Task A_transaction_found_at_Ecster_overrides_a_ledger_that_says_failed()
    {
        var (order, ecster) = await H.PlaceOrderAsync(1_000m);
        var reference = $"{order.OrderGuid:N}-debit-1";
        var debit = await H.Client.DebitAsync(ecster.Id, new DebitRequest { Amount = 1_000m, TransactionReference = reference });
        var ledger = new MoneyLedgerDocument();
        ledger.Entries.Add(new LedgerEntry { Type = MovementType.Debit, Reference = reference, Amount = 1_000m, State = LedgerEntryState.Failed });
        await H.NewLedger().SaveAsync(order, ledger);

        var capture = await H.NewMoneyMovements().CaptureAsync(new CapturePaymentRequest { Order = order });

        Assert.That(capture.Success, Is.True, string.Join(" ", capture.Errors));
        var entry = (await H.LedgerOfAsync(order)).Entries.Single();
        Assert.That(entry.State, Is.EqualTo(LedgerEntryState.Succeeded));
        Assert.That(entry.EcsterTransactionId, Is.EqualTo(debit.Transaction.Id));
        Assert.That(H.SandboxTransactions(ecster.Id, "DEBIT"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task An_interrupted_capture_is_never_executed_by_a_later_void()
    {
        var (order, ecster) = await H.PlaceOrderAsync(1_000m);
        // A capture was recorded, then the process stopped: whether it was sent is unknown.
        var ledger = new MoneyLedgerDocument();
        ledger.Entries.Add(new LedgerEntry
        {
            Type = MovementType.Debit, Reference = $"{order.OrderGuid:N}-debit-1", Amount = 1_000m, State = LedgerEntryState.Pending,
            Trigger = "Admin capture", CreatedOnUtc = DateTime.UtcNow
        });
        await H.NewLedger().SaveAsync(order, ledger);

        var voidNow = await H.NewMoneyMovements().VoidAsync(new VoidPaymentRequest { Order = order });
        var voidLater = await H.NewMoneyMovements(H.NewEngineAfterSettlingWindow()).VoidAsync(new VoidPaymentRequest { Order = order });

        Assert.That(voidNow.Success, Is.False, "the capture's outcome is not settled yet");
        Assert.That(voidLater.Success, Is.True, string.Join(" ", voidLater.Errors));
        Assert.That(H.SandboxTransactions(ecster.Id, "DEBIT"), Is.Empty, "the old capture was never sent by the void");
        Assert.That(H.SandboxTransactions(ecster.Id, "ANNUL").Single().Amount, Is.EqualTo(100_000));
        Assert.That((await H.LedgerOfAsync(order)).Entries.Select(e => e.State),
            Is.EqualTo(new[] { LedgerEntryState.Failed, LedgerEntryState.Succeeded }));
    }
}
