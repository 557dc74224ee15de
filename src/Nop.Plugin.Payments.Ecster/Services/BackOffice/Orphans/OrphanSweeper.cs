using Ecster.Client;
using Ecster.Client.Models;
using Nop.Plugin.Payments.Ecster.Services.Api;
using Nop.Services.Logging;
using Nop.Services.Orders;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice.Orphans;

/// <summary>
/// An Ecster order created at checkout whose nopCommerce order was never saved (the shop failed after Ecster said
/// yes) holds the shopper's credit for nothing. After <see cref="Grace"/> the schedule task annuls it at Ecster,
/// with an entry in nopCommerce's log. The annul names no amount (all that remains), so a repeat after a lost
/// answer can release nothing more than the first: it is read first, and re-sent only while something remains.
/// </summary>
public class OrphanSweeper
{
    /// <summary>Longer than any checkout takes from Ecster's yes to nopCommerce's saved order.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(30);

    /// <summary>A claim whose Ecster order could not be settled by then is given up, with an error in the log.</summary>
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromDays(3);

    private readonly CheckoutClaims _claims;
    private readonly IStoreEcsterClients _clients;
    private readonly ILogger _logger;
    private readonly IOrderService _orderService;
    private readonly TimeProvider _timeProvider;

    public OrphanSweeper(CheckoutClaims claims, IStoreEcsterClients clients, ILogger logger, IOrderService orderService, TimeProvider timeProvider)
    {
        _claims = claims;
        _clients = clients;
        _logger = logger;
        _orderService = orderService;
        _timeProvider = timeProvider;
    }

    public async Task SweepAsync(int storeId)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var due = (await _claims.ListAsync(storeId)).Where(c => now - c.ClaimedOnUtc >= Grace).ToList();
        if (due.Count == 0)
            return;
        var client = await _clients.ForStoreAsync(storeId);
        if (client is null)
            return;

        var settled = new List<Guid>();
        foreach (var claim in due)
        {
            var saved = await _orderService.GetOrderByGuidAsync(claim.OrderGuid);
            if (await AnnulAsync(client, claim, saved?.AuthorizationTransactionId))
                settled.Add(claim.OrderGuid);
            else if (now - claim.ClaimedOnUtc >= GiveUpAfter)
            {
                await _logger.ErrorAsync($"Ecster: the Ecster order of checkout {claim.OrderGuid} has no nopCommerce order and could not be annulled in {GiveUpAfter.TotalDays} days; annul it in Ecster's portal.");
                settled.Add(claim.OrderGuid);
            }
        }

        await _claims.ForgetAsync(storeId, settled);
    }

    /// <summary>
    /// True when nothing is left to release at Ecster for this checkout. Ecster does not keep references unique, so
    /// even a checkout whose nopCommerce order was saved may have made a second Ecster order (a create whose answer was
    /// lost, then a new identification): every order with the reference except the one nopCommerce holds is annulled.
    /// </summary>
    private async Task<bool> AnnulAsync(IEcsterClient client, CheckoutClaim claim, string? keptOrderId)
    {
        try
        {
            foreach (var order in await client.FindOrdersByReferenceAsync(claim.OrderGuid.ToString()))
            {
                if (order.RemainingAmount <= 0 || order.Id == keptOrderId)
                    continue;
                await client.AnnulAsync(order.Id, new AnnulRequest { TransactionReference = $"{claim.OrderGuid:N}-annul-orphan" });
                await _logger.WarningAsync($"Ecster: order {order.Id} was created at checkout {claim.OrderGuid}, but no nopCommerce order was saved within {Grace.TotalMinutes} minutes; annulled at Ecster ({BackOfficeTexts.Sek(order.RemainingAmount)}).");
            }

            return true;
        }
        catch (Exception error) when (error is EcsterApiException or HttpRequestException or OperationCanceledException)
        {
            // Read again on the next run: annulling "all that remains" twice can never release more than once.
            return false;
        }
    }
}
