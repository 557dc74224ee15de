namespace Nop.Plugin.Payments.Ecster.Services.Cart;

/// <summary>
/// What the shopper pays for, as lines for <see cref="EcsterCartBuilder"/>: from the cart at checkout
/// (<see cref="CheckoutCartLines"/>) or from a saved order an admin edited (<see cref="OrderCartLines"/>). Both name
/// rows in the shopper's language from the plugin's resources.
/// </summary>
public interface ICartLineSource<in TSource>
{
    Task<CartLines> GetLinesAsync(TSource source);
}
