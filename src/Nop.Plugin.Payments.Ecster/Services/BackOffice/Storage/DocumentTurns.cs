using System.Globalization;
using Nop.Core.Domain.Common;
using Nop.Data;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice.Storage;

/// <summary>
/// Compare-and-set for a document kept in a generic attribute, across the nodes of a web farm. nopCommerce's generic
/// attributes have no conditional write, and its distributed locker reads the lock, then writes it, so two nodes can
/// both hold one. But the repository's <c>DeleteAsync(predicate)</c> is one DELETE statement that answers how many
/// rows it removed, atomic in every database nopCommerce runs on. So the right to write version N+1 of a document is
/// a row (a "turn") holding N: the writer whose delete removes it has the turn; every other writer that loaded N
/// removes nothing and is refused before it writes or sends anything.
///
/// The next turn is inserted before the current one is deleted, so a turn always exists: a writer that dies between
/// taking its turn and writing the document leaves the turn of a version the document never reached. Nothing
/// followed from it (a send follows the save), so once that turn is older than any lock can be held it is removed
/// and the document's own version gets its turn again.
/// </summary>
/// <remarks>
/// What this does not cover: a writer frozen for longer than <see cref="AbandonedAfter"/> between taking its turn and
/// writing could find its turn freed under it (as it would find the order's lock expired); and two takers could each
/// delete one of two duplicate turn rows only if writers created a document's first turn at the same instant while
/// two others took it, all let in together by the lock, and the database ran their DELETEs row by row interleaved.
/// </remarks>
public class DocumentTurns
{
    private readonly IRepository<GenericAttribute> _rows;
    private readonly TimeProvider _timeProvider;

    public DocumentTurns(IRepository<GenericAttribute> rows, TimeProvider timeProvider)
    {
        _rows = rows;
        _timeProvider = timeProvider;
    }

    /// <summary>A turn left by a writer that vanished mid-save counts as abandoned after this long.</summary>
    public static TimeSpan AbandonedAfter => OrderLocks.Expiry;

    /// <summary>The generic attribute key of a document's turns.</summary>
    public static string TurnKey(string documentKey) => documentKey + ".Turn";

    /// <summary>
    /// Takes the turn of <paramref name="version"/> of the document <paramref name="documentKey"/> of an entity,
    /// leaving the turn of the next version in its place. False when another writer took it first (or moved the
    /// document on): nothing may be written.
    /// </summary>
    public async Task<bool> TakeAsync(string keyGroup, int entityId, string documentKey, long version)
    {
        var place = new Place(keyGroup, entityId, TurnKey(documentKey));
        if (!await EnsureAsync(place, version))
            return false;

        var next = NewTurn(place, version + 1);
        await _rows.InsertAsync(next, publishEvent: false);
        var current = Text(version);
        var taken = await _rows.DeleteAsync(row => row.EntityId == place.EntityId && row.KeyGroup == place.KeyGroup
            && row.Key == place.Key && row.Value == current);
        if (taken > 0)
            return true;

        var mine = next.Id;
        await _rows.DeleteAsync(row => row.Id == mine);
        return false;
    }

    /// <summary>
    /// Makes sure the turn of <paramref name="version"/> can be taken: created for a document's first save, tidied
    /// of turns no writer can take; false when a writer is between taking a turn and writing the document.
    /// </summary>
    private async Task<bool> EnsureAsync(Place place, long version)
    {
        var rows = await ReadAsync(place);
        var abandoned = _timeProvider.GetUtcNow().UtcDateTime - AbandonedAfter;
        // Behind the document: no writer that loaded the current version can take it. Ahead and old: a dead writer's.
        var dead = rows.Where(r => VersionOf(r) < version || (VersionOf(r) > version && r.CreatedOrUpdatedDateUTC < abandoned))
            .Select(r => r.Id).ToList();
        if (dead.Count > 0)
            await _rows.DeleteAsync(row => dead.Contains(row.Id));
        var live = rows.Where(r => !dead.Contains(r.Id)).ToList();

        if (live.Any(r => VersionOf(r) > version))
            return false;
        if (live.Any(r => VersionOf(r) == version))
            return true;

        // No turn yet: the document's first save, or a dead writer's turn was just removed.
        var created = NewTurn(place, version);
        await _rows.InsertAsync(created, publishEvent: false);
        rows = await ReadAsync(place);
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

    private async Task<IList<GenericAttribute>> ReadAsync(Place place) =>
        await _rows.GetAllAsync(query => query.Where(row => row.EntityId == place.EntityId && row.KeyGroup == place.KeyGroup
            && row.Key == place.Key));

    private GenericAttribute NewTurn(Place place, long version) => new()
    {
        EntityId = place.EntityId,
        KeyGroup = place.KeyGroup,
        Key = place.Key,
        Value = Text(version),
        StoreId = 0,
        CreatedOrUpdatedDateUTC = _timeProvider.GetUtcNow().UtcDateTime
    };

    private static string Text(long version) => version.ToString(CultureInfo.InvariantCulture);

    // A row that is not a number was not written by this class: it can never be taken, so it counts as behind.
    private static long VersionOf(GenericAttribute row) =>
        long.TryParse(row.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : -1;

    private sealed record Place(string KeyGroup, int EntityId, string Key);
}
