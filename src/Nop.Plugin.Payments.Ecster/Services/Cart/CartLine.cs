namespace Nop.Plugin.Payments.Ecster.Services.Cart;

/// <summary>
/// One line of what the shopper pays for, in nopCommerce's terms (SEK, prices with and without VAT), before it is
/// turned into an Ecster row. Negative amounts are reductions (discounts, gift cards).
/// </summary>
public sealed record CartLine(
    string PartNumber,
    string Name,
    int Quantity,
    decimal UnitPriceInclTax,
    decimal UnitPriceExclTax,
    bool IsFee = false,
    bool IsPaymentMeans = false);
