using System.Collections.Concurrent;

namespace Nop.Plugin.Payments.Ecster.Services.Checkout;

/// <summary>
/// What happened while an order was being paid, kept until nopCommerce has saved the order: ProcessPayment runs
/// before the order exists, so its steps are written as order notes when the order is placed
/// (<see cref="EcsterOrderNotesConsumer"/>). Keyed by the order GUID. Entries never hold a personal number.
/// </summary>
public sealed class CheckoutJournal
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    /// <summary>How often old entries are looked for: once a minute, not on every note (that made a busy checkout quadratic).</summary>
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private long _nextSweepTicks;

    private readonly ConcurrentDictionary<Guid, (List<string> Notes, DateTimeOffset StartedAt)> _entries = new();
    private readonly TimeProvider _time;

    public CheckoutJournal(TimeProvider time) => _time = time;

    public void Record(Guid orderGuid, string note)
    {
        var now = _time.GetUtcNow();
        var entry = _entries.GetOrAdd(orderGuid, _ => ([], now));
        lock (entry.Notes)
            entry.Notes.Add(note);

        // Orders that failed after ProcessPayment are never placed; their notes must not pile up.
        var due = Interlocked.Read(ref _nextSweepTicks);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextSweepTicks, (now + SweepInterval).UtcTicks, due) != due)
            return;
        foreach (var (key, old) in _entries)
            if (now - old.StartedAt > Lifetime)
                _entries.TryRemove(key, out _);
    }

    /// <summary>The notes of the order, oldest first, removed from the journal.</summary>
    public IReadOnlyList<string> Take(Guid orderGuid)
    {
        if (!_entries.TryRemove(orderGuid, out var entry))
            return [];
        lock (entry.Notes)
            return entry.Notes.ToList();
    }
}
