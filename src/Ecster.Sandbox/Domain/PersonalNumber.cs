using System.Globalization;

namespace Ecster.Sandbox.Domain;

/// <summary>
/// Swedish personal identity numbers: 12 digits (YYYYMMDDNNNC, a '-' before the last four is tolerated) or
/// 10 digits with '-' (under 100 years old) or '+' (100 or older) before the last four. The last digit is
/// the Luhn check digit over the 10-digit form. Day 61-91 (coordination numbers) is accepted.
/// </summary>
internal static class PersonalNumber
{
    /// <summary>The 12-digit form, or null when the text is not a valid personal number.</summary>
    public static string? Normalize(string? text, DateTimeOffset today)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim();
        string twelve;
        if (text.Length == 12 && text.All(char.IsAsciiDigit))
        {
            twelve = text;
        }
        else if (text.Length == 13 && text[8] == '-' && AllDigits(text, 0, 8) && AllDigits(text, 9, 4))
        {
            twelve = text[..8] + text[9..];
        }
        else if (text.Length == 11 && (text[6] == '-' || text[6] == '+') && AllDigits(text, 0, 6) && AllDigits(text, 7, 4))
        {
            var yy = int.Parse(text[..2], CultureInfo.InvariantCulture);
            var year = today.Year - (today.Year - yy) % 100; // the latest year <= this year ending in yy
            if (text[6] == '+') year -= 100;
            twelve = year.ToString("D4", CultureInfo.InvariantCulture) + text[2..6] + text[7..];
        }
        else
        {
            return null;
        }

        return HasValidDate(twelve) && LuhnValid(twelve[2..]) ? twelve : null;
    }

    private static bool AllDigits(string text, int start, int length) =>
        text.AsSpan(start, length).IndexOfAnyExceptInRange('0', '9') < 0;

    private static bool HasValidDate(string twelve)
    {
        var year = int.Parse(twelve[..4], CultureInfo.InvariantCulture);
        var month = int.Parse(twelve[4..6], CultureInfo.InvariantCulture);
        var day = int.Parse(twelve[6..8], CultureInfo.InvariantCulture);
        if (day > 60) day -= 60;
        return year >= 1800 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    private static bool LuhnValid(string tenDigits)
    {
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            var digit = tenDigits[i] - '0';
            if (i % 2 == 0)
            {
                digit *= 2;
                if (digit > 9) digit -= 9;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
