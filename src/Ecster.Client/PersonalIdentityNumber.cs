using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Ecster.Client;

/// <summary>
/// A Swedish personal identity number (personnummer) or coordination number (samordningsnummer), validated.
/// <para>
/// <see cref="ToString"/> masks the last four digits (<c>19811218-****</c>) so the number can go into logs and
/// messages safely; only <see cref="ToWireFormat"/> gives the full 12 digits, for bodies sent to Ecster.
/// </para>
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct PersonalIdentityNumber : IEquatable<PersonalIdentityNumber>
{
    private const int CoordinationDayOffset = 60;

    // The 12-digit form, century included, no separator; null only for default(PersonalIdentityNumber).
    private readonly string? _digits;

    private PersonalIdentityNumber(string digits, DateOnly birthDate, bool isCoordinationNumber)
    {
        _digits = digits;
        BirthDate = birthDate;
        IsCoordinationNumber = isCoordinationNumber;
    }

    /// <summary>The date of birth (for a coordination number, the day with 60 taken off).</summary>
    public DateOnly BirthDate { get; }

    /// <summary>True for a samordningsnummer (day of birth + 60).</summary>
    public bool IsCoordinationNumber { get; }

    /// <summary>Parses against today's date (see <see cref="Parse(string, DateOnly)"/>).</summary>
    public static PersonalIdentityNumber Parse(string value) => Parse(value, Today());

    /// <summary>
    /// Parses <c>YYYYMMDDNNNC</c>, <c>YYYYMMDD-NNNC</c>, <c>YYMMDDNNNC</c>, <c>YYMMDD-NNNC</c> or
    /// <c>YYMMDD+NNNC</c>. A 10-digit number's century is the one that makes the person younger than 100 on
    /// <paramref name="today"/>, or, with <c>+</c>, 100 or older.
    /// </summary>
    /// <exception cref="FormatException">Not a valid number; the message never repeats the input.</exception>
    public static PersonalIdentityNumber Parse(string value, DateOnly today) =>
        TryParse(value, today, out var result)
            ? result
            : throw new FormatException("The value is not a valid Swedish personal identity number.");

    /// <summary>Like <see cref="Parse(string)"/>, without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? value, out PersonalIdentityNumber result) =>
        TryParse(value, Today(), out result);

    /// <summary>Like <see cref="Parse(string, DateOnly)"/>, without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? value, DateOnly today, out PersonalIdentityNumber result)
    {
        result = default;
        if (value is null)
            return false;

        var digits = ToTwelveDigits(value.Trim(), today);
        if (digits is null)
            return false;

        var year = Number(digits, 0, 4);
        var month = Number(digits, 4, 2);
        var rawDay = Number(digits, 6, 2);
        var isCoordination = rawDay > CoordinationDayOffset;
        var day = isCoordination ? rawDay - CoordinationDayOffset : rawDay;

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;

        var birthDate = new DateOnly(year, month, day);
        if (birthDate > today || !HasValidCheckDigit(digits.AsSpan(2)))
            return false;

        result = new PersonalIdentityNumber(digits, birthDate, isCoordination);
        return true;
    }

    /// <summary>The full 12 digits without separator (<c>198112189801</c>): for Ecster request bodies only.</summary>
    /// <exception cref="InvalidOperationException">On <c>default(PersonalIdentityNumber)</c>.</exception>
    public string ToWireFormat() =>
        _digits ?? throw new InvalidOperationException("The personal identity number is not set.");

    /// <summary>
    /// The eID start's <c>nationalId</c> (docs §4.1): <c>SE</c> + the 10-digit number without separator
    /// (<c>SE8112189801</c>), with <c>+</c> from the 100th birthday on so the century stays right (<c>SE121212+9801</c>).
    /// </summary>
    public string ToEidNationalId() => ToNationalId(string.Empty, Today());

    /// <summary>The ticket's <c>nationalId</c> (docs §5): <c>SE</c> + <c>YYMMDD-NNNN</c> (<c>+</c> from the 100th birthday).</summary>
    public string ToTicketNationalId() => ToNationalId("-", Today());

    internal string ToNationalId(string separator, DateOnly today)
    {
        var digits = ToWireFormat();
        if (BirthDate.AddYears(100) <= today)
            separator = "+";
        return "SE" + digits[2..8] + separator + digits[8..];
    }

    /// <summary>The masked form <c>19811218-****</c>, safe for logs and screens.</summary>
    public override string ToString() => _digits is null ? string.Empty : $"{_digits[..8]}-****";

    public bool Equals(PersonalIdentityNumber other) => string.Equals(_digits, other._digits, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is PersonalIdentityNumber other && Equals(other);

    public override int GetHashCode() => _digits is null ? 0 : StringComparer.Ordinal.GetHashCode(_digits);

    public static bool operator ==(PersonalIdentityNumber left, PersonalIdentityNumber right) => left.Equals(right);

    public static bool operator !=(PersonalIdentityNumber left, PersonalIdentityNumber right) => !left.Equals(right);

    private static DateOnly Today() => DateOnly.FromDateTime(DateTime.Now);

    // Normalises every accepted layout to 12 digits, resolving a 10-digit number's century; null if the layout
    // is not one we accept.
    private static string? ToTwelveDigits(string s, DateOnly today)
    {
        switch (s.Length)
        {
            case 12 when AllDigits(s):
                return s;
            case 13 when s[8] == '-' && AllDigits(s.Remove(8, 1)):
                return s.Remove(8, 1);
            case 10 when AllDigits(s):
                return WithCentury(s, '-', today);
            case 11 when s[6] is '-' or '+' && AllDigits(s.Remove(6, 1)):
                return WithCentury(s.Remove(6, 1), s[6], today);
            default:
                return null;
        }
    }

    // '-' (or none): born within the last 100 years; '+': turned 100 on or before today.
    private static string? WithCentury(string tenDigits, char separator, DateOnly today)
    {
        var reference = separator == '+' ? today.AddYears(-100) : today;
        var twoDigitYear = Number(tenDigits, 0, 2);
        var month = Number(tenDigits, 2, 2);
        var rawDay = Number(tenDigits, 4, 2);
        var day = rawDay > CoordinationDayOffset ? rawDay - CoordinationDayOffset : rawDay;

        var year = reference.Year - (((reference.Year - twoDigitYear) % 100) + 100) % 100;
        if (year == reference.Year && (month, day).CompareTo((reference.Month, reference.Day)) > 0)
            year -= 100;

        return year < 1 ? null : year.ToString("D4", CultureInfo.InvariantCulture)[..2] + tenDigits;
    }

    // Luhn over the 10-digit form: double every other digit from the first, sum the digits, a multiple of 10.
    private static bool HasValidCheckDigit(ReadOnlySpan<char> tenDigits)
    {
        var sum = 0;
        for (var i = 0; i < tenDigits.Length; i++)
        {
            var digit = tenDigits[i] - '0';
            if (i % 2 == 0)
            {
                digit *= 2;
                if (digit > 9)
                    digit -= 9;
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }

    private static bool AllDigits(string s)
    {
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
                return false;
        }

        return true;
    }

    private static int Number(string s, int start, int length) =>
        int.Parse(s.AsSpan(start, length), NumberStyles.None, CultureInfo.InvariantCulture);
}
