using Nop.Core.Domain.Orders;

namespace Nop.Plugin.Payments.Ecster.Services.Availability;

/// <summary>Until checkout is built, shoppers must not be offered the method at all.</summary>
public class HiddenUntilBuilt : IPaymentAvailability
{
    public Task<bool> IsHiddenAsync(IList<ShoppingCartItem> cart) => Task.FromResult(true);
}
