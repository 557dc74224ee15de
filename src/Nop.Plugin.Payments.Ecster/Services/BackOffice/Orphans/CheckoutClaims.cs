using System.Security.Cryptography;
using System.Text;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Storage;
using Nop.Services.Stores;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice.Orphans;

/// <summary>
/// Every Ecster order checkout is about to create, recorded before the call (per store, a versioned document of the
/// Store entity, <see cref="VersionedAttributes"/>, so two nodes never both claim one ticket): a ticket creates at
/// most one Ecster order, and an order whose
/// nopCommerce order was never saved is found again by <see cref="OrphanSweeper"/>.
/// </summary>
public class CheckoutClaims
{
    public const string AttributeKey = "Ecster.CheckoutClaims";

    private readonly VersionedAttributes _documents;
    private readonly OrderLocks _locks;
    private readonly IStoreService _storeService;
    private readonly TimeProvider _timeProvider;

    public CheckoutClaims(VersionedAttributes documents, OrderLocks locks, IStoreService storeService, TimeProvider timeProvider)
    {
        _documents = documents;
        _locks = locks;
        _storeService = storeService;
        _timeProvider = timeProvider;
    }

    /// <summary>
    /// Records that <paramref name="orderGuid"/> creates the Ecster order of <paramref name="ticket"/>.
    /// <see cref="CheckoutClaimOutcome.AlreadyTried"/>: this checkout claimed the ticket before, so an earlier create
    /// may have made the order (Ecster does not deduplicate a repeated reference): settle by reading, never create.
    /// <see cref="CheckoutClaimOutcome.Refused"/>: another checkout has the ticket; nothing may be created.
    /// </summary>
    public async Task<CheckoutClaimOutcome> ClaimAsync(int storeId, string ticket, Guid orderGuid)
    {
        var hash = Hash(ticket);
        var outcome = CheckoutClaimOutcome.Refused;
        await UpdateAsync(storeId, claims =>
        {
            outcome = CheckoutClaimOutcome.Refused;
            var earlier = claims.FirstOrDefault(c => c.TicketHash == hash);
            if (earlier is null)
            {
                claims.Add(new CheckoutClaim { TicketHash = hash, OrderGuid = orderGuid, ClaimedOnUtc = _timeProvider.GetUtcNow().UtcDateTime });
                outcome = CheckoutClaimOutcome.Granted;
            }
            else if (earlier.OrderGuid == orderGuid)
            {
                outcome = CheckoutClaimOutcome.AlreadyTried;
            }
        });
        return outcome;
    }

    public async Task<IReadOnlyList<CheckoutClaim>> ListAsync(int storeId)
    {
        var store = await _storeService.GetStoreByIdAsync(storeId);
        return store is null ? [] : (await _documents.LoadAsync<VersionedList<CheckoutClaim>>(store, AttributeKey)).Items;
    }

    public Task ForgetAsync(int storeId, IReadOnlyCollection<Guid> orderGuids) =>
        UpdateAsync(storeId, claims => claims.RemoveAll(c => orderGuids.Contains(c.OrderGuid)));

    private Task UpdateAsync(int storeId, Action<List<CheckoutClaim>> change) =>
        _locks.RunAsync($"checkout-claims-{storeId}", async () =>
        {
            var store = await _storeService.GetStoreByIdAsync(storeId);
            if (store is not null)
                await _documents.UpdateAsync<VersionedList<CheckoutClaim>>(store, AttributeKey, claims => change(claims.Items));
        });

    private static string Hash(string ticket) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ticket)));
}

/// <summary>What <see cref="CheckoutClaims.ClaimAsync"/> allows.</summary>
public enum CheckoutClaimOutcome
{
    /// <summary>The ticket is this checkout's now: create the order.</summary>
    Granted,

    /// <summary>This checkout claimed the ticket before: an order may exist; look it up, never create again.</summary>
    AlreadyTried,

    /// <summary>Another checkout has the ticket.</summary>
    Refused
}
