using Nop.Core.Domain.Orders;

namespace Nop.Plugin.Payments.Ecster.Services.Availability;

/// <summary>Whether the shopper may be offered Ecster for this cart at all (configuration, currency, limits, reachability).</summary>
public interface IPaymentAvailability
{
    Task<bool> IsHiddenAsync(IList<ShoppingCartItem> cart);
}
