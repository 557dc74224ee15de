using Newtonsoft.Json;
using Nop.Core.Caching;
using Nop.Core.Domain.Orders;
using Nop.Services.Common;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;

/// <summary>
/// The durable record of an order's money movements.
///
/// Storage decision: the natural home is a plugin table created by a migration, but nopCommerce's migrations need
/// FluentMigrator 7.1.0 (what a 4.90 store ships), which cannot be obtained here; compiling against 8.x would make
/// the plugin fail to load in a 4.90 store. So the ledger goes through nopCommerce's own data layer as a generic
/// attribute of the Order entity (KeyGroup "Order", key <see cref="EcsterDefaults.LedgerAttributeKey"/>), one JSON
/// document per order. It is written before every call to Ecster and again after, inside the order's lock
/// (<see cref="OrderLocks"/>). That lock is not exclusive on a web farm (nopCommerce's distributed locker reads, then
/// writes), so a save first takes the loaded version's turn (<see cref="LedgerTurns"/>, an atomic delete in the
/// database): a writer that did not load the latest version is refused and sends nothing. A load must see the
/// database, not the request's own copy: nopCommerce keeps an entity's generic attributes in its per-request cache,
/// which another node's write never clears.
/// A table can replace this without changing the callers.
/// </summary>
public class MoneyLedger
{
    private static readonly JsonSerializerSettings Json = new() { NullValueHandling = NullValueHandling.Ignore };

    /// <summary>nopCommerce's per-request cache key of an entity's generic attributes (NopCommonDefaults.GenericAttributeCacheKey).</summary>
    private const string AttributesCacheKey = "Nop.genericattribute.{0}-{1}";

    private readonly IGenericAttributeService _genericAttributeService;
    private readonly IShortTermCacheManager _requestCache;
    private readonly LedgerTurns _turns;

    public MoneyLedger(IGenericAttributeService genericAttributeService, IShortTermCacheManager requestCache, LedgerTurns turns)
    {
        _genericAttributeService = genericAttributeService;
        _requestCache = requestCache;
        _turns = turns;
    }

    public async Task<MoneyLedgerDocument> LoadAsync(Order order)
    {
        _requestCache.Remove(AttributesCacheKey, order.Id, nameof(Order));
        return Parse(await ReadAsync(order));
    }

    /// <exception cref="LedgerConflictException">Someone else saved this order's ledger since it was loaded.</exception>
    public async Task SaveAsync(Order order, MoneyLedgerDocument ledger)
    {
        if (!await _turns.TakeAsync(order.Id, ledger.Version))
            throw new LedgerConflictException(order.Id, ledger.Version);
        ledger.Version++;
        await _genericAttributeService.SaveAttributeAsync(order, EcsterDefaults.LedgerAttributeKey, JsonConvert.SerializeObject(ledger, Json));
    }

    /// <summary>The ledger as it would be stored, to tell whether a save would change anything.</summary>
    public static string Snapshot(MoneyLedgerDocument ledger) => JsonConvert.SerializeObject(ledger, Json);

    private Task<string> ReadAsync(Order order) =>
        _genericAttributeService.GetAttributeAsync<string>(order, EcsterDefaults.LedgerAttributeKey);

    private static MoneyLedgerDocument Parse(string? json) => string.IsNullOrWhiteSpace(json)
        ? new MoneyLedgerDocument()
        : JsonConvert.DeserializeObject<MoneyLedgerDocument>(json, Json) ?? new MoneyLedgerDocument();
}

/// <summary>A ledger save over a version it did not load: nothing was written; the caller's work is refused.</summary>
public sealed class LedgerConflictException(int orderId, long loaded)
    : Exception($"The Ecster ledger of order {orderId} changed underneath (loaded version {loaded}).");
