using Nop.Plugin.Payments.Ecster.Services.Checkout;

namespace Nop.Plugin.Payments.Ecster.Tests.Checkout;

public class CheckoutJournalTests
{
    [Test]
    public void Notes_of_an_order_come_out_once_in_order()
    {
        var journal = new CheckoutJournal(new ManualTimeProvider(DateTimeOffset.UnixEpoch));
        var order = Guid.NewGuid();

        journal.Record(order, "first");
        journal.Record(order, "second");

        Assert.That(journal.Take(order), Is.EqualTo(new[] { "first", "second" }));
        Assert.That(journal.Take(order), Is.Empty);
    }

    [Test]
    public void Notes_of_orders_never_placed_are_dropped_after_an_hour()
    {
        var time = new ManualTimeProvider(DateTimeOffset.UnixEpoch);
        var journal = new CheckoutJournal(time);
        var abandoned = Guid.NewGuid();
        journal.Record(abandoned, "created, then the shopper left");

        time.Advance(TimeSpan.FromMinutes(61));
        var later = Guid.NewGuid();
        journal.Record(later, "another checkout");

        Assert.That(journal.Take(abandoned), Is.Empty);
        Assert.That(journal.Take(later), Has.Count.EqualTo(1));
    }
}
