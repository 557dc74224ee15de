using Nop.Core.Domain.Orders;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Storage;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;

/// <summary>
/// The durable record of an order's money movements: one JSON document per order, a generic attribute of the Order
/// entity (key <see cref="EcsterDefaults.LedgerAttributeKey"/>, see <see cref="VersionedAttributes"/> for why there).
/// It is written before every call to Ecster and again after, inside the order's lock (<see cref="OrderLocks"/>).
/// That lock is not exclusive on a web farm (nopCommerce's distributed locker reads, then writes), so a save goes
/// through only for the writer that loaded the latest version (<see cref="DocumentTurns"/>, an atomic delete in the
/// database): any other is refused and sends nothing.
/// </summary>
public class MoneyLedger
{
    private readonly VersionedAttributes _documents;

    public MoneyLedger(VersionedAttributes documents) => _documents = documents;

    public Task<MoneyLedgerDocument> LoadAsync(Order order) =>
        _documents.LoadAsync<MoneyLedgerDocument>(order, EcsterDefaults.LedgerAttributeKey);

    /// <exception cref="DocumentConflictException">Someone else saved this order's ledger since it was loaded.</exception>
    public async Task SaveAsync(Order order, MoneyLedgerDocument ledger)
    {
        if (!await _documents.TrySaveAsync(order, EcsterDefaults.LedgerAttributeKey, ledger))
            throw new DocumentConflictException(nameof(Order), order.Id, EcsterDefaults.LedgerAttributeKey);
    }

    /// <summary>The ledger as it would be stored, to tell whether a save would change anything.</summary>
    public static string Snapshot(MoneyLedgerDocument ledger) => VersionedAttributes.Serialize(ledger);
}
