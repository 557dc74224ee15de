using System.Text;
using System.Text.Json;
using Ecster.Client.Models;
using Ecster.Client.Serialization;

namespace Ecster.Client.Tests.Domain;

/// <summary>
/// Cart rows have a hand-written converter (they are most of an order body); it must keep the client's JSON rules
/// exactly: these tests read and write rows through <see cref="EcsterJson"/> as the client does.
/// </summary>
public class CartRowJsonTests
{
    private static CartRow Read(string json) => EcsterJson.Deserialize<CartRow>(Encoding.UTF8.GetBytes(json));

    private static string Write(CartRow row) => Encoding.UTF8.GetString(EcsterJson.Serialize(row));

    [Test]
    public void Reads_every_field_of_a_row_from_ore_and_hundredths()
    {
        var row = Read("""
            { "partNumber": "SKU-1", "name": "Soffa \"Lyx\", grå", "description": "Tre sits", "quantity": 2,
              "unitAmount": 1199950, "vatRate": 1200, "discountAmount": 10001, "fee": true }
            """);

        Assert.Multiple(() =>
        {
            Assert.That(row.PartNumber, Is.EqualTo("SKU-1"));
            Assert.That(row.Name, Is.EqualTo("Soffa \"Lyx\", grå"));
            Assert.That(row.Description, Is.EqualTo("Tre sits"));
            Assert.That(row.Quantity, Is.EqualTo(2));
            Assert.That(row.UnitAmount, Is.EqualTo(11999.50m));
            Assert.That(row.VatRate, Is.EqualTo(12m));
            Assert.That(row.DiscountAmount, Is.EqualTo(100.01m));
            Assert.That(row.Fee, Is.True);
        });
    }

    [Test]
    public void Reads_names_in_any_casing_and_in_any_order()
    {
        var row = Read("""{ "FEE": false, "VatRate": 600, "UNITAMOUNT": 4990, "Name": "Kaffe", "quantity": 3, "PartNumber": "K-1" }""");

        Assert.Multiple(() =>
        {
            Assert.That(row.Name, Is.EqualTo("Kaffe"));
            Assert.That(row.PartNumber, Is.EqualTo("K-1"));
            Assert.That(row.Quantity, Is.EqualTo(3));
            Assert.That(row.UnitAmount, Is.EqualTo(49.90m));
            Assert.That(row.VatRate, Is.EqualTo(6m));
            Assert.That(row.Fee, Is.False);
        });
    }

    [Test]
    public void Skips_unknown_fields_of_any_shape_and_comments_and_reads_what_follows()
    {
        var row = Read("""
            { "lineId": 7, /* Ecster may add fields */ "name": "Lampa",
              "meta": { "tags": [1, { "deep": [true, null, "x"] }], "note": "unitAmount" }, // not a field of ours
              "unitAmount": 29900, "3": 1, "vatRate": 2500 }
            """);

        Assert.Multiple(() =>
        {
            Assert.That(row.Name, Is.EqualTo("Lampa"));
            Assert.That(row.UnitAmount, Is.EqualTo(299m));
            Assert.That(row.VatRate, Is.EqualTo(25m));
            Assert.That(row.Quantity, Is.EqualTo(1), "a field named \"3\" is no quantity");
        });
    }

    [Test]
    public void A_row_without_optional_fields_keeps_the_models_defaults_and_nulls_stay_null()
    {
        var row = Read("""{ "partNumber": null, "description": null, "name": "Frakt" }""");

        Assert.Multiple(() =>
        {
            Assert.That(row.PartNumber, Is.Null);
            Assert.That(row.Description, Is.Null);
            Assert.That(row.Quantity, Is.EqualTo(1));
            Assert.That(row.UnitAmount, Is.EqualTo(0m));
            Assert.That(row.Fee, Is.False);
        });
    }

    [TestCase("""{ "name": null }""", TestName = "a null name")]
    [TestCase("""{ "name": 5 }""", TestName = "a name that is a number")]
    [TestCase("""{ "unitAmount": null }""", TestName = "a null amount")]
    [TestCase("""{ "unitAmount": 1999.5 }""", TestName = "a fraction of an öre")]
    [TestCase("""{ "discountAmount": "100" }""", TestName = "an amount as a string")]
    [TestCase("""{ "unitAmount": 1e400 }""", TestName = "an amount beyond any number")]
    [TestCase("""{ "vatRate": 25.5 }""", TestName = "a fraction of a hundredth of a percent")]
    [TestCase("""{ "quantity": 1.5 }""", TestName = "a fractional quantity")]
    [TestCase("""{ "quantity": "2" }""", TestName = "a quantity as a string")]
    [TestCase("""{ "quantity": 3000000000 }""", TestName = "a quantity beyond an int")]
    [TestCase("""{ "fee": "yes" }""", TestName = "a fee flag that is not a boolean")]
    [TestCase("""{ "fee": null }""", TestName = "a null fee flag")]
    [TestCase("""[ "name" ]""", TestName = "a row that is an array")]
    [TestCase("""{ "name": "x" """, TestName = "a row cut short")]
    public void A_malformed_row_is_refused_without_quoting_its_value(string json)
    {
        var error = Assert.Throws<JsonException>(() => Read(json))!;

        Assert.That(error.Message, Does.Not.Contain("1999").And.Not.Contain("yes").And.Not.Contain("3000000000"));
    }

    [Test]
    public void A_null_row_in_a_list_stays_null_as_the_serializer_leaves_it()
    {
        var cart = EcsterJson.Deserialize<Cart>("""{ "amount": 100, "rows": [ null, { "name": "x" } ] }"""u8);

        Assert.That(cart.Rows, Has.Count.EqualTo(2));
        Assert.That(cart.Rows[0], Is.Null);
        Assert.That(cart.Rows[1].Name, Is.EqualTo("x"));
    }

    [Test]
    public void Writes_the_documented_fields_in_ore_and_hundredths_and_leaves_nulls_out()
    {
        var json = Write(new CartRow { Name = "Te \"grönt\"", Quantity = 2, UnitAmount = 12.345m, VatRate = 12m, DiscountAmount = 0.5m });

        Assert.That(json, Is.EqualTo(
            """{"name":"Te \u0022gr\u00F6nt\u0022","quantity":2,"unitAmount":1235,"vatRate":1200,"discountAmount":50,"fee":false}"""));
    }

    [Test]
    public void Writes_part_number_and_description_when_set()
    {
        var json = Write(new CartRow { PartNumber = "SKU-9", Name = "Frakt", Description = "Hem", UnitAmount = 49m, VatRate = 25m, Fee = true });

        Assert.That(json, Is.EqualTo(
            """{"partNumber":"SKU-9","name":"Frakt","description":"Hem","quantity":1,"unitAmount":4900,"vatRate":2500,"discountAmount":0,"fee":true}"""));
    }

    [Test]
    public void Random_rows_read_back_as_written()
    {
        var random = new Random(20261125);
        // Whole characters (the emoji is two UTF-16 units): a lone surrogate is not text anyone can send.
        string[] letters = ["a", "b", "å", "Ä", "ö", " ", "\"", "\\", "/", "\n", "\t", "€", "😀", "-", ",", "."];
        string Text(int length) => string.Concat(Enumerable.Range(0, length).Select(_ => letters[random.Next(letters.Length)]));

        for (var i = 0; i < 500; i++)
        {
            var row = new CartRow
            {
                PartNumber = random.Next(3) == 0 ? null : Text(random.Next(0, 32)),
                Name = Text(random.Next(1, 60)),
                Description = random.Next(2) == 0 ? null : Text(random.Next(0, 200)),
                Quantity = random.Next(1, 10_000),
                UnitAmount = random.Next(-1_000_000, 100_000_000) / 100m,
                VatRate = new[] { 0m, 6m, 12m, 25m }[random.Next(4)],
                DiscountAmount = random.Next(0, 1_000_000) / 100m,
                Fee = random.Next(2) == 0
            };

            var back = Read(Write(row));

            Assert.That(back, Is.EqualTo(row).Using<CartRow>((a, b) =>
                a.PartNumber == b.PartNumber && a.Name == b.Name && a.Description == b.Description && a.Quantity == b.Quantity
                && a.UnitAmount == b.UnitAmount && a.VatRate == b.VatRate && a.DiscountAmount == b.DiscountAmount && a.Fee == b.Fee),
                $"row {i}");
        }
    }
}
