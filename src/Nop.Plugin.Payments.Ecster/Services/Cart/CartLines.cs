namespace Nop.Plugin.Payments.Ecster.Services.Cart;

/// <summary>
/// The lines of one cart or order (amounts in the store's primary currency) and the name, in the same language,
/// of the rounding row <see cref="EcsterCartBuilder"/> may add.
/// </summary>
public sealed record CartLines(IReadOnlyList<CartLine> Lines, string RoundingName);
