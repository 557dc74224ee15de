namespace Nop.Plugin.Payments.Ecster.Services.Cart;

/// <summary>
/// One line of what the shopper pays for, in nopCommerce's terms (the store's primary currency, prices with and
/// without VAT), before it is turned into an Ecster row in SEK. Negative amounts are reductions (discounts, gift
/// cards). <paramref name="TaxRate"/> is nopCommerce's own rate for the line in percent, when nopCommerce gave one;
/// otherwise the rate the two prices imply is used.
/// </summary>
public sealed record CartLine(
    string PartNumber,
    string Name,
    int Quantity,
    decimal UnitPriceInclTax,
    decimal UnitPriceExclTax,
    bool IsFee = false,
    bool IsPaymentMeans = false,
    decimal? TaxRate = null);
