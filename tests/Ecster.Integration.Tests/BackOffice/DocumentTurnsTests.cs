using Nop.Plugin.Payments.Ecster;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Storage;

namespace Ecster.Integration.Tests.BackOffice;

/// <summary>Compare-and-set of a stored document: of writers that loaded the same version, exactly one may write the next.</summary>
public class DocumentTurnsTests
{
    private const int OrderId = 42;
    private const string Key = EcsterDefaults.LedgerAttributeKey;
    private InMemoryGenericAttributeRows _rows = null!;

    [SetUp]
    public void NewDatabase() => _rows = new InMemoryGenericAttributeRows();

    [Test]
    public async Task Of_many_writers_that_loaded_the_same_version_exactly_one_takes_its_turn([Values(0, 7)] long version)
    {
        if (version > 0)
            await SeedAsync(version);
        for (var round = 0; round < 20; round++)
        {
            // Every statement yields after a random pause, so the writers' statements interleave differently each round.
            _rows.BeforeStatement = async _ => await Task.Delay(Random.Shared.Next(0, 3));
            var taken = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => Turns().TakeAsync("Order", OrderId, Key, version + round))));
            _rows.BeforeStatement = null;

            Assert.That(taken.Count(t => t), Is.EqualTo(1), $"round {round}");
            Assert.That(Values(), Is.EqualTo(new[] { (version + round + 1).ToString() }), "one turn left: the next version's");
        }
    }

    [Test]
    public async Task A_writer_that_loaded_an_older_version_is_refused()
    {
        Assert.That(await Turns().TakeAsync("Order", OrderId, Key, 0), Is.True);
        Assert.That(await Turns().TakeAsync("Order", OrderId, Key, 1), Is.True);

        Assert.That(await Turns().TakeAsync("Order", OrderId, Key, 1), Is.False, "version 1 was written already");
        Assert.That(await Turns().TakeAsync("Order", OrderId, Key, 0), Is.False);
        Assert.That(Values(), Is.EqualTo(new[] { "2" }));
    }

    [Test]
    public async Task A_turn_left_by_a_writer_that_died_before_writing_the_ledger_is_freed_only_once_no_lock_can_still_be_held()
    {
        // The writer took version 3's turn, then died: the ledger stays at 3, the turn says 4.
        await SeedAsync(3);
        Assert.That(await Turns().TakeAsync("Order", OrderId, Key, 3), Is.True);

        Assert.That(await Turns().TakeAsync("Order", OrderId, Key, 3), Is.False, "it may still be writing");
        Assert.That(await Turns(new ShiftedClock(DocumentTurns.AbandonedAfter - TimeSpan.FromSeconds(5))).TakeAsync("Order", OrderId, Key, 3), Is.False);
        Assert.That(await Turns(new ShiftedClock(DocumentTurns.AbandonedAfter + TimeSpan.FromSeconds(1))).TakeAsync("Order", OrderId, Key, 3), Is.True);
        Assert.That(Values(), Is.EqualTo(new[] { "4" }));
    }

    [Test]
    public async Task Turns_are_per_order_and_leave_other_attributes_alone()
    {
        await _rows.InsertAsync(new Nop.Core.Domain.Common.GenericAttribute { EntityId = OrderId, KeyGroup = "Order", Key = EcsterDefaults.LedgerAttributeKey, Value = "{}" });
        await _rows.InsertAsync(new Nop.Core.Domain.Common.GenericAttribute { EntityId = OrderId, KeyGroup = "Customer", Key = DocumentTurns.TurnKey(Key), Value = "0" });

        Assert.That(await Turns().TakeAsync("Order", OrderId, Key, 0), Is.True);
        Assert.That(await Turns().TakeAsync("Order", OrderId + 1, Key, 0), Is.True);

        Assert.That(_rows.Snapshot().Count, Is.EqualTo(4));
        Assert.That(_rows.Snapshot().Count(r => r.KeyGroup == "Customer" && r.Value == "0"), Is.EqualTo(1));
    }

    private DocumentTurns Turns(TimeProvider? clock = null) => new(_rows, clock ?? TimeProvider.System);

    private async Task SeedAsync(long version)
    {
        for (var v = 0L; v < version; v++)
            Assert.That(await Turns().TakeAsync("Order", OrderId, Key, v), Is.True);
    }

    private string[] Values() => _rows.Snapshot()
        .Where(r => r.EntityId == OrderId && r.KeyGroup == "Order" && r.Key == DocumentTurns.TurnKey(Key))
        .Select(r => r.Value).ToArray();
}
