using System.Globalization;

namespace Ecster.Client.Models;

/// <summary>
/// One of Ecster's localized info/terms (docs §3): a display heading and value, e.g.
/// <c>{ "id": "startFee", "text": "Uppläggningsavgift", "value": "395", "unit": "kr" }</c>.
/// </summary>
public sealed class LocalizedTerm
{
    public string Id { get; set; } = string.Empty;

    public string? Text { get; set; }

    /// <summary>A display string in the consumer's locale ("1 568", "19,95"), never öre.</summary>
    public string? Value { get; set; }

    public string? Unit { get; set; }
}

/// <summary>The ids of docs §3: <c>startFee</c> and <c>adminFee</c> are Known, the others Assumed (docs §13 A26).</summary>
public static class LocalizedTermId
{
    public const string StartFee = "startFee";
    public const string AdminFee = "adminFee";
    public const string InterestRate = "interestRate";
    public const string EffectiveInterestRate = "effectiveInterestRate";
    public const string Months = "months";
    public const string MonthlyAmount = "monthlyAmount";
    public const string TotalAmount = "totalAmount";
}

/// <summary>Reads the figures out of Ecster's display strings (docs §3.1).</summary>
public static class LocalizedTerms
{
    /// <summary>
    /// The number a term displays, or null when the term is absent or its value is not a number: a figure that
    /// cannot be read is not shown rather than shown wrong.
    /// </summary>
    public static decimal? Number(this IEnumerable<LocalizedTerm>? terms, string id)
    {
        var value = terms?.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.Ordinal))?.Value;
        if (string.IsNullOrWhiteSpace(value))
            return null;

        // Swedish display: spaces (also no-break ones) group thousands, a comma separates decimals.
        var plain = new string(value.Where(c => !char.IsWhiteSpace(c) && c != '\u00A0' && c != '\u202F').ToArray())
            .Replace(',', '.');
        return decimal.TryParse(plain, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
    }
}

/// <summary>
/// The figures a list of localized terms displays (docs §3.1), as numbers: kronor in SEK, rates in percent; 0 when
/// Ecster did not state the figure or stated it unreadably.
/// </summary>
public readonly struct LocalizedFigures(IReadOnlyList<LocalizedTerm>? terms)
{
    /// <summary>Number of monthly payments (1 for an invoice).</summary>
    public int Months => (int)Figure(LocalizedTermId.Months);

    /// <summary>Percent.</summary>
    public decimal NominalInterestRate => Figure(LocalizedTermId.InterestRate);

    /// <summary>Percent.</summary>
    public decimal EffectiveInterestRate => Figure(LocalizedTermId.EffectiveInterestRate);

    /// <summary>SEK: a credit's start fee, an invoice's invoice fee.</summary>
    public decimal StartFee => Figure(LocalizedTermId.StartFee);

    /// <summary>SEK per month.</summary>
    public decimal AdminFee => Figure(LocalizedTermId.AdminFee);

    /// <summary>SEK per month.</summary>
    public decimal MonthlyAmount => Figure(LocalizedTermId.MonthlyAmount);

    /// <summary>SEK.</summary>
    public decimal TotalAmount => Figure(LocalizedTermId.TotalAmount);

    private decimal Figure(string id) => terms.Number(id) ?? 0;
}
