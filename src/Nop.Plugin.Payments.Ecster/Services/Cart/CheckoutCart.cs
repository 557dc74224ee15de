using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Stores;

namespace Nop.Plugin.Payments.Ecster.Services.Cart;

/// <summary>A shopper's cart at checkout: what <see cref="CheckoutCartLines"/> reads.</summary>
public sealed record CheckoutCart(Customer Customer, Store Store, IList<ShoppingCartItem> Items);
