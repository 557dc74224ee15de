using System.Globalization;

namespace Ecster.Client.Tests.Domain;

/// <summary>Builds valid personal numbers independently of the code under test.</summary>
public static class PersonalNumbers
{
    /// <summary>A fixed "today" so century resolution is deterministic.</summary>
    public static readonly DateOnly Today = new(2026, 11, 24);

    public static int CheckDigit(string nineDigits)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var product = (nineDigits[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }

        return (10 - sum % 10) % 10;
    }

    /// <summary>12 digits for the birth date (day + 60 when a coordination number) and serial.</summary>
    public static string Twelve(DateOnly birthDate, int serial, bool coordination = false)
    {
        var day = birthDate.Day + (coordination ? 60 : 0);
        var nine = birthDate.ToString("yyMM", CultureInfo.InvariantCulture) + day.ToString("D2", CultureInfo.InvariantCulture)
                   + serial.ToString("D3", CultureInfo.InvariantCulture);
        return birthDate.ToString("yyyy", CultureInfo.InvariantCulture)[..2] + nine + CheckDigit(nine);
    }

    /// <summary>The 10-digit form with the separator the law prescribes on <see cref="Today"/>.</summary>
    public static string TenWithSeparator(string twelve, DateOnly birthDate)
    {
        var hundredOrOlder = birthDate.AddYears(100) <= Today;
        return twelve[2..8] + (hundredOrOlder ? "+" : "-") + twelve[8..];
    }
}
