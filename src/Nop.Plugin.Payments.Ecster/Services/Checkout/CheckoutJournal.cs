using Nop.Core.Caching;

namespace Nop.Plugin.Payments.Ecster.Services.Checkout;

/// <summary>
/// What happened while an order was being paid, kept until nopCommerce has saved the order: ProcessPayment runs
/// before the order exists, so its steps are written as order notes when the order is placed
/// (<see cref="EcsterOrderNotesConsumer"/>). Keyed by the order GUID, in nopCommerce's static cache (distributed
/// on a web farm), where entries of orders never placed expire by themselves. Entries never hold a personal number.
/// </summary>
public class CheckoutJournal
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly IStaticCacheManager _cache;

    public CheckoutJournal(IStaticCacheManager cache) => _cache = cache;

    /// <summary>Adds a note. One order is paid by one request at a time, so read-then-write loses nothing.</summary>
    public async Task RecordAsync(Guid orderGuid, string note)
    {
        var key = KeyOf(orderGuid);
        var notes = await _cache.GetAsync(key, (string[]?)null) ?? [];
        await _cache.SetAsync(key, notes.Append(note).ToArray());
    }

    /// <summary>The notes of the order, oldest first, removed from the journal.</summary>
    public async Task<IReadOnlyList<string>> TakeAsync(Guid orderGuid)
    {
        var key = KeyOf(orderGuid);
        var notes = await _cache.GetAsync(key, (string[]?)null);
        if (notes is null)
            return [];
        await _cache.RemoveAsync(key);
        return notes;
    }

    private CacheKey KeyOf(Guid orderGuid)
    {
        var key = _cache.PrepareKey(EcsterDefaults.Caching.CheckoutJournalKey, orderGuid);
        key.CacheTime = (int)Lifetime.TotalMinutes;
        return key;
    }
}
