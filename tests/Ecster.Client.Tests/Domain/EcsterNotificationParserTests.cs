using Ecster.Client.Notifications;

namespace Ecster.Client.Tests.Domain;

public class EcsterNotificationParserTests
{
    // The contract's example (docs §10) plus a field Ecster does not document, which is ignored.
    private const string Valid = """
        { "orderId": "ECS-100042", "orderReference": "3f1c0b9e-ref",
          "status": "PARTIALLY_DELIVERED", "event": "PARTIAL_DEBIT",
          "time": "2026-11-25T12:05:00+00:00", "unknownExtra": 1 }
        """;

    [Test]
    public void Parses_the_documented_body()
    {
        Assert.That(EcsterNotificationParser.TryParse(Valid, out var n, out var error), Is.True, error);
        Assert.Multiple(() =>
        {
            Assert.That(error, Is.Null);
            Assert.That(n!.OrderId, Is.EqualTo("ECS-100042"));
            Assert.That(n.OrderReference, Is.EqualTo("3f1c0b9e-ref"));
            Assert.That(n.Status, Is.EqualTo("PARTIALLY_DELIVERED"));
            Assert.That(n.Event, Is.EqualTo("PARTIAL_DEBIT"));
            Assert.That(n.Time, Is.EqualTo(new DateTimeOffset(2026, 11, 25, 12, 5, 0, TimeSpan.Zero)));
        });
    }

    [Test]
    public void Optional_fields_may_be_missing_or_null()
    {
        const string body = """
            { "orderId": "ECS-1", "orderReference": null, "status": "READY", "event": "CREATED",
              "time": "2026-11-25T12:00:00+01:00" }
            """;
        Assert.That(EcsterNotificationParser.TryParse(body, out var n, out _), Is.True);
        Assert.That(n!.OrderReference, Is.Null);
    }

    [Test]
    public void Parses_the_contracts_example_exactly()
    {
        const string body = """{ "orderId": "eYBtAD0wTZIzDWkVpGhe", "orderReference": "10000", "status": "READY", "time": "2019-02-07T12:27:28Z", "event": "CREATED" }""";
        Assert.That(EcsterNotificationParser.TryParse(body, out var n, out var error), Is.True, error);
        Assert.That((n!.OrderId, n.OrderReference, n.Status, n.Event), Is.EqualTo(("eYBtAD0wTZIzDWkVpGhe", "10000", "READY", "CREATED")));
        Assert.That(n.Time, Is.EqualTo(new DateTimeOffset(2019, 2, 7, 12, 27, 28, TimeSpan.Zero)));
    }

    [Test]
    public void An_unknown_event_is_kept_not_refused()
    {
        const string body = """{ "orderId": "E", "status": "READY", "time": "2019-02-07T12:27:28Z", "event": "SOMETHING_NEW" }""";
        Assert.That(EcsterNotificationParser.TryParse(body, out var n, out _), Is.True);
        Assert.That(n!.Event, Is.EqualTo("SOMETHING_NEW"));
    }

    [TestCase(null, TestName = "null body")]
    [TestCase("", TestName = "empty body")]
    [TestCase("   ", TestName = "blank body")]
    [TestCase("{", TestName = "truncated JSON")]
    [TestCase("[]", TestName = "an array")]
    [TestCase("\"text\"", TestName = "a string")]
    [TestCase("""{ "status": "READY", "event": "CREATED", "time": "2026-11-25T12:00:00+00:00" }""", TestName = "no orderId")]
    [TestCase("""{ "orderId": "", "status": "READY", "event": "CREATED", "time": "2026-11-25T12:00:00+00:00" }""", TestName = "empty orderId")]
    [TestCase("""{ "orderId": 42, "status": "READY", "event": "CREATED", "time": "2026-11-25T12:00:00+00:00" }""", TestName = "numeric orderId")]
    [TestCase("""{ "orderId": "E", "event": "CREATED", "time": "2026-11-25T12:00:00+00:00" }""", TestName = "no status")]
    [TestCase("""{ "orderId": "E", "status": "READY", "time": "2026-11-25T12:00:00+00:00" }""", TestName = "no event")]
    [TestCase("""{ "orderId": "E", "status": "READY", "event": "CREATED" }""", TestName = "no time")]
    [TestCase("""{ "orderId": "E", "status": "READY", "event": "CREATED", "time": "yesterday" }""", TestName = "bad time")]
    [TestCase("""{ "orderId": "E", "status": "READY", "event": "CREATED", "time": "2026-11-25T12:00:00+00:00" } x""", TestName = "trailing content")]
    [TestCase("""{ "orderId": {"a":1}, "status": "READY", "event": "CREATED", "time": "2026-11-25T12:00:00+00:00" }""", TestName = "object orderId")]
    public void Rejects_malformed_or_incomplete_bodies(string? body)
    {
        Assert.That(EcsterNotificationParser.TryParse(body, out var n, out var error), Is.False);
        Assert.That(n, Is.Null);
        Assert.That(error, Is.Not.Null.And.Not.Empty);
    }

    [Test]
    public void Rejects_an_oversized_body()
    {
        var body = Valid.Replace("\"ECS-100042\"", "\"" + new string('x', EcsterNotificationParser.MaxBodyLength) + "\"");
        Assert.That(EcsterNotificationParser.TryParse(body, out _, out var error), Is.False);
        Assert.That(error, Does.Contain("too large"));
    }

    [Test]
    public void The_error_does_not_quote_the_body()
    {
        const string body = """{ "orderId": "SECRET-ORDER", "status": "READY", "event": "E", "time": "nope" }""";
        EcsterNotificationParser.TryParse(body, out _, out var error);
        Assert.That(error, Does.Not.Contain("SECRET-ORDER").And.Not.Contain("nope"));
    }
}
