using System.Globalization;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Orders;
using Nop.Data;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;

/// <summary>
/// The ledger's compare-and-set across the nodes of a web farm. nopCommerce's generic attributes have no conditional
/// write, and its distributed locker reads the lock, then writes it, so two nodes can both hold an order's lock. But
/// the repository's <c>DeleteAsync(predicate)</c> is one DELETE statement that answers how many rows it removed,
/// atomic in every database nopCommerce runs on. So the right to write ledger version N+1 is a row (a "turn")
/// holding N: the writer whose delete removes it has the turn; every other writer that loaded N removes nothing and
/// is refused before it can send anything.
///
/// The next turn is inserted before the current one is deleted, so a turn always exists: a writer that dies between
/// taking its turn and writing the ledger leaves the turn of a version the ledger never reached. Nothing was sent
/// for it (a send follows the save), so once that turn is older than any lock can be held it is removed and the
/// ledger's own version gets its turn again.
/// </summary>
public class LedgerTurns
{
    private static readonly string KeyGroup = nameof(Order);

    private readonly IRepository<GenericAttribute> _rows;
    private readonly TimeProvider _timeProvider;

    public LedgerTurns(IRepository<GenericAttribute> rows, TimeProvider timeProvider)
    {
        _rows = rows;
        _timeProvider = timeProvider;
    }

    /// <summary>A turn left by a writer that vanished mid-save counts as abandoned after this long.</summary>
    public static TimeSpan AbandonedAfter => OrderLocks.Expiry;

    /// <summary>
    /// Takes the turn of <paramref name="version"/>, leaving the turn of the next version in its place. False when
    /// another writer took it first (or moved the ledger on): nothing may be written or sent.
    /// </summary>
    public async Task<bool> TakeAsync(int orderId, long version)
    {
        if (!await EnsureAsync(orderId, version))
            return false;

        var next = NewTurn(orderId, version + 1);
        await _rows.InsertAsync(next, publishEvent: false);
        var current = Text(version);
        var taken = await _rows.DeleteAsync(row => row.EntityId == orderId && row.KeyGroup == KeyGroup
            && row.Key == EcsterDefaults.LedgerTurnAttributeKey && row.Value == current);
        if (taken > 0)
            return true;

        var mine = next.Id;
        await _rows.DeleteAsync(row => row.Id == mine);
        return false;
    }

    /// <summary>
    /// Makes sure the turn of <paramref name="version"/> can be taken: created for a ledger's first save, tidied of
    /// turns no writer can take; false when a writer is between taking a turn and writing the ledger.
    /// </summary>
    private async Task<bool> EnsureAsync(int orderId, long version)
    {
        var rows = await ReadAsync(orderId);
        var abandoned = _timeProvider.GetUtcNow().UtcDateTime - AbandonedAfter;
        // Behind the ledger: no writer that loaded the current version can take it. Ahead and old: a dead writer's.
        var dead = rows.Where(r => VersionOf(r) < version || (VersionOf(r) > version && r.CreatedOrUpdatedDateUTC < abandoned))
            .Select(r => r.Id).ToList();
        if (dead.Count > 0)
            await _rows.DeleteAsync(row => dead.Contains(row.Id));
        var live = rows.Where(r => !dead.Contains(r.Id)).ToList();

        if (live.Any(r => VersionOf(r) > version))
            return false;
        if (live.Any(r => VersionOf(r) == version))
            return true;

        // No turn yet: the ledger's first save, or a dead writer's turn was just removed.
        var created = NewTurn(orderId, version);
        await _rows.InsertAsync(created, publishEvent: false);
        rows = await ReadAsync(orderId);
        if (rows.Any(r => VersionOf(r) > version))
        {
            // Another writer created the turn too and has already taken it.
            var mine = created.Id;
            await _rows.DeleteAsync(row => row.Id == mine);
            return false;
        }

        // Writers that created it together keep the oldest row, so a later take cannot find two.
        var extra = rows.Where(r => VersionOf(r) == version).OrderBy(r => r.Id).Skip(1).Select(r => r.Id).ToList();
        if (extra.Count > 0)
            await _rows.DeleteAsync(row => extra.Contains(row.Id));
        return true;
    }

    private async Task<IList<GenericAttribute>> ReadAsync(int orderId) =>
        await _rows.GetAllAsync(query => query.Where(row => row.EntityId == orderId && row.KeyGroup == KeyGroup
            && row.Key == EcsterDefaults.LedgerTurnAttributeKey));

    private GenericAttribute NewTurn(int orderId, long version) => new()
    {
        EntityId = orderId,
        KeyGroup = KeyGroup,
        Key = EcsterDefaults.LedgerTurnAttributeKey,
        Value = Text(version),
        StoreId = 0,
        CreatedOrUpdatedDateUTC = _timeProvider.GetUtcNow().UtcDateTime
    };

    private static string Text(long version) => version.ToString(CultureInfo.InvariantCulture);

    // A row that is not a number was not written by this class: it can never be taken, so it counts as behind.
    private static long VersionOf(GenericAttribute row) =>
        long.TryParse(row.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : -1;
}
