using Moq;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Orphans;

namespace Ecster.Integration.Tests.BackOffice;

/// <summary>An Ecster order whose nopCommerce order was never saved is released after a grace period; a ticket makes one order.</summary>
public class OrphanTests : HarnessTest
{
    private static readonly TimeProvider AfterGrace = new ShiftedClock(OrphanSweeper.Grace + TimeSpan.FromSeconds(1));

    [Test]
    public async Task An_Ecster_order_whose_checkout_saved_no_order_is_annulled_after_the_grace_period_with_a_log_entry()
    {
        var (order, ecster) = await H.PlaceOrderAsync(1_000m, register: false);
        Assert.That(await H.NewClaims().ClaimAsync(1, "ticket-1", order.OrderGuid), Is.EqualTo(CheckoutClaimOutcome.Granted));

        await H.NewSweeper().SweepAsync(1);
        Assert.That(H.SandboxTransactions(ecster.Id, "ANNUL"), Is.Empty, "within the grace period the shop may still save it");

        await H.NewSweeper(AfterGrace).SweepAsync(1);
        await H.NewSweeper(AfterGrace).SweepAsync(1);

        Assert.That(H.SandboxTransactions(ecster.Id, "ANNUL").Single().Amount, Is.EqualTo(100_000));
        H.Logger.Verify(l => l.WarningAsync(It.Is<string>(m => m.Contains(ecster.Id)), null, null), Times.Once);
        Assert.That(await H.NewClaims().ListAsync(1), Is.Empty);
    }

    [Test]
    public async Task An_Ecster_order_whose_order_was_saved_is_left_alone()
    {
        var (order, ecster) = await H.PlaceOrderAsync(1_000m);
        await H.NewClaims().ClaimAsync(1, "ticket-1", order.OrderGuid);

        await H.NewSweeper(AfterGrace).SweepAsync(1);

        Assert.That(H.SandboxTransactions(ecster.Id, "ANNUL"), Is.Empty);
        Assert.That(await H.NewClaims().ListAsync(1), Is.Empty, "nothing more to watch");
    }

    [Test]
    public async Task A_second_Ecster_order_with_the_reference_of_a_saved_order_is_annulled_and_the_saved_one_kept()
    {
        // Ecster does not keep references unique: a lost create followed by a new identification can leave two.
        var (order, kept) = await H.PlaceOrderAsync(1_000m);
        var (_, second) = await H.PlaceOrderAsync(500m, register: false);
        await H.Client.UpdateOrderReferenceAsync(second.Id, order.OrderGuid.ToString());
        await H.NewClaims().ClaimAsync(1, "ticket-1", order.OrderGuid);

        await H.NewSweeper(AfterGrace).SweepAsync(1);

        Assert.That(H.SandboxTransactions(kept.Id, "ANNUL"), Is.Empty);
        Assert.That(H.SandboxTransactions(second.Id, "ANNUL").Single().Amount, Is.EqualTo(50_000));
        Assert.That(await H.NewClaims().ListAsync(1), Is.Empty);
    }

    [Test]
    public async Task A_ticket_creates_at_most_one_Ecster_order()
    {
        var claims = H.NewClaims();
        var first = Guid.NewGuid();

        Assert.That(await claims.ClaimAsync(1, "ticket-1", first), Is.EqualTo(CheckoutClaimOutcome.Granted));
        Assert.That(await claims.ClaimAsync(1, "ticket-1", first), Is.EqualTo(CheckoutClaimOutcome.AlreadyTried),
            "the same checkout placing again: its first create may have made the order, so it reads, never creates");
        Assert.That(await claims.ClaimAsync(1, "ticket-1", Guid.NewGuid()), Is.EqualTo(CheckoutClaimOutcome.Refused), "another checkout with the same ticket");
        Assert.That(await claims.ClaimAsync(1, "ticket-2", Guid.NewGuid()), Is.EqualTo(CheckoutClaimOutcome.Granted));
        Assert.That(H.Attributes.AllValues().Any(v => v.Contains("ticket-1")), Is.False, "the ticket itself is never stored");
    }
}
