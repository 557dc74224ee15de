using FsCheck;
using FsCheck.Fluent;
using FsProperty = FsCheck.NUnit.PropertyAttribute;

namespace Ecster.Client.Tests.Domain;

public class PersonalIdentityNumberTests
{
    private static readonly DateOnly Today = PersonalNumbers.Today;

    // Birth dates from 1890 to today, serials 0..999.
    private static Arbitrary<(DateOnly Date, int Serial)> Births() =>
        (from daysBack in Gen.Choose(0, Today.DayNumber - new DateOnly(1890, 1, 1).DayNumber)
         from serial in Gen.Choose(0, 999)
         select (Today.AddDays(-daysBack), serial))
        .ToArbitrary();

    [FsProperty(MaxTest = 1000)]
    public Property Generated_valid_12_digit_numbers_parse() =>
        Prop.ForAll(Births(), b =>
        {
            var twelve = PersonalNumbers.Twelve(b.Date, b.Serial);
            var withDash = twelve[..8] + "-" + twelve[8..];
            return PersonalIdentityNumber.TryParse(twelve, Today, out var n)
                   && n.ToWireFormat() == twelve && n.BirthDate == b.Date && !n.IsCoordinationNumber
                   && PersonalIdentityNumber.TryParse(withDash, Today, out var d) && d == n;
        });

    [FsProperty(MaxTest = 1000)]
    public Property The_10_digit_form_with_its_separator_resolves_the_century() =>
        Prop.ForAll(Births(), b =>
        {
            var twelve = PersonalNumbers.Twelve(b.Date, b.Serial);
            var ten = PersonalNumbers.TenWithSeparator(twelve, b.Date);
            return PersonalIdentityNumber.TryParse(ten, Today, out var n) && n.ToWireFormat() == twelve;
        });

    [FsProperty(MaxTest = 1000)]
    public Property Without_separator_a_10_digit_number_is_under_100() =>
        Prop.ForAll(Births(), b =>
        {
            var twelve = PersonalNumbers.Twelve(b.Date, b.Serial);
            var parsed = PersonalIdentityNumber.TryParse(twelve[2..], Today, out var n);
            var under100 = b.Date.AddYears(100) > Today;
            // Someone 100 or older read without '+' is taken for a person born a century later (or the
            // date lies in the future, and it is rejected).
            return under100 ? parsed && n.ToWireFormat() == twelve : !parsed || n.BirthDate.Year == b.Date.Year + 100;
        });

    [FsProperty(MaxTest = 1000)]
    public Property Any_single_digit_change_breaks_the_number() =>
        Prop.ForAll(Births(), Gen.Choose(2, 11).ToArbitrary(), Gen.Choose(1, 9).ToArbitrary(), (b, position, delta) =>
        {
            var twelve = PersonalNumbers.Twelve(b.Date, b.Serial);
            var chars = twelve.ToCharArray();
            chars[position] = (char)('0' + (chars[position] - '0' + delta) % 10);
            return !PersonalIdentityNumber.TryParse(new string(chars), Today, out _);
        });

    [FsProperty(MaxTest = 1000)]
    public Property Coordination_numbers_parse_with_the_real_birth_date() =>
        Prop.ForAll(Births(), b =>
        {
            var twelve = PersonalNumbers.Twelve(b.Date, b.Serial, coordination: true);
            return PersonalIdentityNumber.TryParse(twelve, Today, out var n)
                   && n.IsCoordinationNumber && n.BirthDate == b.Date && n.ToWireFormat() == twelve
                   && PersonalIdentityNumber.TryParse(PersonalNumbers.TenWithSeparator(twelve, b.Date), Today, out var ten)
                   && ten == n;
        });

    [FsProperty(MaxTest = 1000)]
    public Property ToString_never_shows_the_last_four_digits() =>
        Prop.ForAll(Births(), b =>
        {
            var twelve = PersonalNumbers.Twelve(b.Date, b.Serial);
            var n = PersonalIdentityNumber.Parse(twelve, Today);
            return n.ToString() == twelve[..8] + "-****" && $"{n}" == n.ToString();
        });

    [TestCase("19811218-9801", "198112189801")]
    [TestCase("198112189801", "198112189801")]
    [TestCase("811218-9801", "198112189801")]
    [TestCase("8112189801", "198112189801")]
    [TestCase("121212+9801", "191212129801")]
    [TestCase("121212-9801", "201212129801")]
    [TestCase("19121212-9801", "191212129801")]
    [TestCase("  19811218-9801 ", "198112189801")]
    public void Known_numbers_parse(string input, string wire) =>
        Assert.That(PersonalIdentityNumber.Parse(input, Today).ToWireFormat(), Is.EqualTo(wire));

    [Test]
    public void The_sandbox_test_consumers_are_valid()
    {
        foreach (var number in new[] { "19811218-9801", "19750505-9803", "19900101-9802", "19850615-9808", "19920312-9805", "19700228-9804", "19121212-9801" })
            Assert.That(PersonalIdentityNumber.TryParse(number, Today, out _), Is.True, number[..8]);
    }

    [TestCase("19811318-9806", Description = "month 13")]
    [TestCase("19811232-9806", Description = "day 32")]
    [TestCase("19810230-9806", Description = "30 February")]
    [TestCase("19810229-9806", Description = "29 February in a common year")]
    [TestCase("19000229-9806", Description = "1900 was no leap year")]
    [TestCase("19811200-9806", Description = "day 0")]
    [TestCase("19811292-9806", Description = "coordination day 32")]
    [TestCase("20301218-9806", Description = "born in the future")]
    public void Invalid_dates_are_rejected_even_with_a_correct_check_digit(string input)
    {
        var nine = input[2..8] + input[9..12];
        var fixedUp = input[..13] + PersonalNumbers.CheckDigit(nine);
        Assert.That(PersonalIdentityNumber.TryParse(fixedUp, Today, out _), Is.False);
    }

    [Test]
    public void A_leap_day_is_accepted_in_a_leap_year() =>
        Assert.That(PersonalIdentityNumber.TryParse(PersonalNumbers.Twelve(new DateOnly(2000, 2, 29), 123), Today, out _), Is.True);

    [TestCase(null)]
    [TestCase("")]
    [TestCase("19811218+9801")]
    [TestCase("1981121-89801")]
    [TestCase("19811218 9801")]
    [TestCase("81121898011")]
    [TestCase("811218/9801")]
    [TestCase("19811218-980")]
    [TestCase("١٩٨١١٢١٨٩٨٠١")]
    public void Malformed_layouts_are_rejected(string? input) =>
        Assert.That(PersonalIdentityNumber.TryParse(input, Today, out _), Is.False);

    [Test]
    public void Parse_failure_does_not_repeat_the_input()
    {
        var error = Assert.Throws<FormatException>(() => PersonalIdentityNumber.Parse("19811218-9802", Today))!;
        Assert.That(error.Message, Does.Not.Contain("9802"));
    }

    [Test]
    public void The_default_value_has_no_wire_format()
    {
        Assert.That(default(PersonalIdentityNumber).ToString(), Is.Empty);
        Assert.Throws<InvalidOperationException>(() => default(PersonalIdentityNumber).ToWireFormat());
    }

    [Test]
    public void A_100th_birthday_switches_the_separator()
    {
        // Born 1926-11-24: exactly 100 on Today, so the 10-digit form uses '+'.
        Assert.That(PersonalIdentityNumber.Parse("261124+" + Serial("261124"), Today).BirthDate, Is.EqualTo(new DateOnly(1926, 11, 24)));
        // Born 1926-11-25: still 99, the form uses '-'.
        Assert.That(PersonalIdentityNumber.Parse("261125-" + Serial("261125"), Today).BirthDate, Is.EqualTo(new DateOnly(1926, 11, 25)));
    }

    private static string Serial(string yymmdd) => "123" + PersonalNumbers.CheckDigit(yymmdd + "123");
}
