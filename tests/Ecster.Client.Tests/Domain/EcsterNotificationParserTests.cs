using Ecster.Client.Notifications;

namespace Ecster.Client.Tests.Domain;

public class EcsterNotificationParserTests
{
    private const string Valid = """
        { "notificationId": "n-1", "orderId": "ECS-100042", "orderReference": "3f1c0b9e-ref",
          "status": "PARTIALLY_DELIVERED", "event": "PARTIAL_DEBIT", "transactionId": "TX-1",
          "time": "2026-11-25T12:05:00+00:00", "unknownExtra": 1 }
        """;

    [Test]
    public void Parses_the_documented_body()
    {
        Assert.That(EcsterNotificationParser.TryParse(Valid, out var n, out var error), Is.True, error);
        Assert.Multiple(() =>
        {
            Assert.That(error, Is.Null);
            Assert.That(n!.NotificationId, Is.EqualTo("n-1"));
            Assert.That(n.OrderId, Is.EqualTo("ECS-100042"));
            Assert.That(n.OrderReference, Is.EqualTo("3f1c0b9e-ref"));
            Assert.That(n.Status, Is.EqualTo("PARTIALLY_DELIVERED"));
            Assert.That(n.Event, Is.EqualTo("PARTIAL_DEBIT"));
            Assert.That(n.TransactionId, Is.EqualTo("TX-1"));
            Assert.That(n.Time, Is.EqualTo(new DateTimeOffset(2026, 11, 25, 12, 5, 0, TimeSpan.Zero)));
        });
    }

    [Test]
    public void Optional_fields_may_be_missing_or_null()
    {
        const string body = """
            { "notificationId": "n-1", "orderId": "ECS-1", "status": "READY", "event": "ORDER_CREATED",
              "transactionId": null, "time": "2026-11-25T12:00:00+01:00" }
            """;
        Assert.That(EcsterNotificationParser.TryParse(body, out var n, out _), Is.True);
        Assert.That(n!.TransactionId, Is.Null);
        Assert.That(n.OrderReference, Is.Null);
    }

    [TestCase(null, TestName = "null body")]
    [TestCase("", TestName = "empty body")]
    [TestCase("   ", TestName = "blank body")]
    [TestCase("{", TestName = "truncated JSON")]
    [TestCase("[]", TestName = "an array")]
    [TestCase("\"text\"", TestName = "a string")]
    [TestCase("""{ "orderId": "ECS-1", "status": "READY", "event": "ORDER_CREATED", "time": "2026-11-25T12:00:00+00:00" }""", TestName = "no notificationId")]
    [TestCase("""{ "notificationId": "n", "status": "READY", "event": "ORDER_CREATED", "time": "2026-11-25T12:00:00+00:00" }""", TestName = "no orderId")]
    [TestCase("""{ "notificationId": "n", "orderId": "", "status": "READY", "event": "ORDER_CREATED", "time": "2026-11-25T12:00:00+00:00" }""", TestName = "empty orderId")]
    [TestCase("""{ "notificationId": "n", "orderId": 42, "status": "READY", "event": "ORDER_CREATED", "time": "2026-11-25T12:00:00+00:00" }""", TestName = "numeric orderId")]
    [TestCase("""{ "notificationId": "n", "orderId": "E", "event": "ORDER_CREATED", "time": "2026-11-25T12:00:00+00:00" }""", TestName = "no status")]
    [TestCase("""{ "notificationId": "n", "orderId": "E", "status": "READY", "time": "2026-11-25T12:00:00+00:00" }""", TestName = "no event")]
    [TestCase("""{ "notificationId": "n", "orderId": "E", "status": "READY", "event": "ORDER_CREATED" }""", TestName = "no time")]
    [TestCase("""{ "notificationId": "n", "orderId": "E", "status": "READY", "event": "ORDER_CREATED", "time": "yesterday" }""", TestName = "bad time")]
    [TestCase("""{ "notificationId": "n", "orderId": "E", "status": "READY", "event": "ORDER_CREATED", "time": "2026-11-25T12:00:00+00:00" } x""", TestName = "trailing content")]
    [TestCase("""{ "notificationId": "n", "orderId": {"a":1}, "status": "READY", "event": "ORDER_CREATED", "time": "2026-11-25T12:00:00+00:00" }""", TestName = "object orderId")]
    public void Rejects_malformed_or_incomplete_bodies(string? body)
    {
        Assert.That(EcsterNotificationParser.TryParse(body, out var n, out var error), Is.False);
        Assert.That(n, Is.Null);
        Assert.That(error, Is.Not.Null.And.Not.Empty);
    }

    [Test]
    public void Rejects_an_oversized_body()
    {
        var body = Valid.Replace("\"n-1\"", "\"" + new string('x', EcsterNotificationParser.MaxBodyLength) + "\"");
        Assert.That(EcsterNotificationParser.TryParse(body, out _, out var error), Is.False);
        Assert.That(error, Does.Contain("too large"));
    }

    [Test]
    public void The_error_does_not_quote_the_body()
    {
        const string body = """{ "notificationId": "n", "orderId": "SECRET-ORDER", "status": "READY", "event": "E", "time": "nope" }""";
        EcsterNotificationParser.TryParse(body, out _, out var error);
        Assert.That(error, Does.Not.Contain("SECRET-ORDER").And.Not.Contain("nope"));
    }
}
