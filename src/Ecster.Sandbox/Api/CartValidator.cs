using Ecster.Sandbox.Http;
using Ecster.Sandbox.Model;

namespace Ecster.Sandbox.Api;

/// <summary>The cart rules of docs §7.1 and the row rules of §9; answers the normalized cart or a 400.</summary>
internal static class CartValidator
{
    private static readonly int[] VatRates = [0, 600, 1200, 2500];
    public const int MaxPartNumberLength = 32;

    public static CartView Validate(CartRequest? cart)
    {
        if (cart is null) throw ApiErrors.InvalidRequest("cart is required.");
        if (cart.Amount is not { } amount || amount <= 0) throw ApiErrors.InvalidAmount("cart.amount must be a positive number of öre.");
        var currency = ValidateCurrency(cart.Currency);
        if (cart.Rows is null || cart.Rows.Count == 0) throw ApiErrors.InvalidRequest("cart.rows must hold at least one row.");
        var (rows, total) = ValidateRows(cart.Rows, "cart.rows");
        if (total != amount)
            throw ApiErrors.InvalidCart($"The rows add up to {total} öre, not cart.amount {amount}.");
        return new CartView(amount, currency, cart.Message, rows);
    }

    public static string ValidateCurrency(string? currency) =>
        currency is null || currency == "SEK" ? "SEK" : throw ApiErrors.InvalidRequest("currency must be SEK.");

    public static (IReadOnlyList<CartRowView> Rows, long Total) ValidateRows(IReadOnlyList<CartRowRequest?> rows, string name)
    {
        var result = new List<CartRowView>(rows.Count);
        long total = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i] ?? throw ApiErrors.InvalidRequest($"{name}[{i}] is empty.");
            var where = $"{name}[{i}]";
            if (row.PartNumber is { Length: > MaxPartNumberLength })
                throw ApiErrors.InvalidRequest($"{where}.partNumber is longer than {MaxPartNumberLength} characters.");
            if (string.IsNullOrWhiteSpace(row.Name)) throw ApiErrors.InvalidRequest($"{where}.name is required.");
            if (row.Quantity is not { } quantity || quantity <= 0) throw ApiErrors.InvalidRequest($"{where}.quantity must be a positive integer.");
            if (row.UnitAmount is not { } unitAmount) throw ApiErrors.InvalidAmount($"{where}.unitAmount is required.");
            if (row.VatRate is not { } vatRate || !VatRates.Contains(vatRate))
                throw ApiErrors.InvalidCart($"{where}.vatRate must be 0, 600, 1200 or 2500.");
            var discount = row.DiscountAmount ?? 0;
            if (discount < 0) throw ApiErrors.InvalidAmount($"{where}.discountAmount must not be negative.");
            var view = new CartRowView(row.PartNumber, row.Name, row.Description, quantity, unitAmount, vatRate, discount, row.Fee ?? false);
            try
            {
                total = checked(total + view.Total);
            }
            catch (OverflowException)
            {
                throw ApiErrors.InvalidAmount($"{where} is too large.");
            }
            result.Add(view);
        }
        return (result, total);
    }
}
