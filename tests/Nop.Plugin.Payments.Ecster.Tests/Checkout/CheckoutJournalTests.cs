using Nop.Plugin.Payments.Ecster.Services.Checkout;

namespace Nop.Plugin.Payments.Ecster.Tests.Checkout;

public class CheckoutJournalTests
{
    [Test]
    public async Task Notes_of_an_order_come_out_once_in_order()
    {
        var journal = new CheckoutJournal(new MemoryStaticCache());
        var order = Guid.NewGuid();

        await journal.RecordAsync(order, "first");
        await journal.RecordAsync(order, "second");

        Assert.That(await journal.TakeAsync(order), Is.EqualTo(new[] { "first", "second" }));
        Assert.That(await journal.TakeAsync(order), Is.Empty);
    }

    [Test]
    public async Task Notes_of_orders_never_placed_expire_with_the_cache_entry_after_an_hour()
    {
        var cache = new MemoryStaticCache();
        var order = Guid.NewGuid();

        await new CheckoutJournal(cache).RecordAsync(order, "created, then the shopper left");

        Assert.That(cache.CacheTimes, Is.EqualTo(new Dictionary<string, int> { [$"Nop.plugins.payments.ecster.checkout.journal.{order}"] = 60 }));
    }

    [Test]
    public async Task A_journal_written_on_one_node_is_taken_on_another_sharing_the_cache()
    {
        var shared = new MemoryStaticCache();
        var order = Guid.NewGuid();

        await new CheckoutJournal(shared).RecordAsync(order, "written on node A");

        Assert.That(await new CheckoutJournal(shared).TakeAsync(order), Is.EqualTo(new[] { "written on node A" }));
    }
}
