using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Payments.Ecster.Services.Cart;

namespace Nop.Plugin.Payments.Ecster.Services.Checkout;

/// <summary>What the shopper pays for, as lines for <see cref="EcsterCartBuilder"/>.</summary>
public interface ICartLineSource
{
    Task<IReadOnlyList<CartLine>> GetLinesAsync(Customer customer, Store store, IList<ShoppingCartItem> cart);
}
