using Ecster.Client.Serialization;
using System.Text.Json.Serialization;

namespace Ecster.Client.Models;

/// <summary>The cart (docs §7.1): the rows' totals must add up exactly to <see cref="Amount"/>.</summary>
public sealed class Cart
{
    /// <summary>SEK, VAT included.</summary>
    [JsonConverter(typeof(OreAmountConverter))]
    public decimal Amount { get; set; }

    public string Currency { get; set; } = "SEK";

    public string? Message { get; set; }

    public List<CartRow> Rows { get; set; } = [];
}

/// <summary>One cart row; its total is <c>UnitAmount * Quantity - DiscountAmount</c>.</summary>
/// <remarks>On the wire amounts are öre and the rate hundredths of a percent (<see cref="CartRowConverter"/>).</remarks>
[JsonConverter(typeof(CartRowConverter))]
public sealed class CartRow
{
    /// <summary>At most 32 characters.</summary>
    public string? PartNumber { get; set; }

    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }

    /// <summary>A positive whole number.</summary>
    public int Quantity { get; set; } = 1;

    /// <summary>SEK, VAT included; negative for a discount row.</summary>
    public decimal UnitAmount { get; set; }

    /// <summary>Percent: 0, 6, 12 or 25.</summary>
    public decimal VatRate { get; set; }

    /// <summary>SEK.</summary>
    public decimal DiscountAmount { get; set; }

    /// <summary>True for shipping, payment fees and the like.</summary>
    public bool Fee { get; set; }
}
