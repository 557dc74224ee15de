using Newtonsoft.Json;
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
/// (<see cref="OrderLocks"/>), so one process never loses an entry; across processes the deterministic references
/// make Ecster replay instead of moving money twice. A table can replace this without changing the callers.
/// </summary>
public class MoneyLedger
{
    private static readonly JsonSerializerSettings Json = new() { NullValueHandling = NullValueHandling.Ignore };

    private readonly IGenericAttributeService _genericAttributeService;

    public MoneyLedger(IGenericAttributeService genericAttributeService) => _genericAttributeService = genericAttributeService;

    public async Task<MoneyLedgerDocument> LoadAsync(Order order)
    {
        var json = await _genericAttributeService.GetAttributeAsync<string>(order, EcsterDefaults.LedgerAttributeKey);
        if (string.IsNullOrWhiteSpace(json))
            return new MoneyLedgerDocument();
        return JsonConvert.DeserializeObject<MoneyLedgerDocument>(json, Json) ?? new MoneyLedgerDocument();
    }

    public Task SaveAsync(Order order, MoneyLedgerDocument ledger) =>
        _genericAttributeService.SaveAttributeAsync(order, EcsterDefaults.LedgerAttributeKey, JsonConvert.SerializeObject(ledger, Json));
}
