using System.Net;
using Ecster.Client.Models;
using Ecster.Client.Tests.Support;

namespace Ecster.Client.Tests.Operations;

public class ErrorMappingTests
{
    private static IEnumerable<TestCaseData> ErrorCases()
    {
        // docs §1.1: { code: <number>, message }; the code decides first, then the status.
        yield return new TestCaseData(400, """{ "code": 4424, "message": "Order is not in a valid state for the operation." }""", EcsterErrorKind.Conflict, "4424", null);
        yield return new TestCaseData(400, """{ "code": 4000, "message": "bad" }""", EcsterErrorKind.InvalidRequest, "4000", null);
        yield return new TestCaseData(400, """{ "code": 4500, "message": "The credit application was declined." }""", EcsterErrorKind.Declined, "4500", null);
        yield return new TestCaseData(400, """{ "code": 4501, "message": "x" }""", EcsterErrorKind.Declined, "4501", null);
        yield return new TestCaseData(400, """{ "code": 4430, "message": "x" }""", EcsterErrorKind.InvalidRequest, "4430", null);
        yield return new TestCaseData(400, """{ "code": 4040, "message": "none" }""", EcsterErrorKind.NotFound, "4040", null);
        yield return new TestCaseData(401, """{ "code": 4010, "message": "no" }""", EcsterErrorKind.Authentication, "4010", null);
        yield return new TestCaseData(403, """{ "code": 4030, "message": "no" }""", EcsterErrorKind.Authentication, "4030", null);
        yield return new TestCaseData(404, """{ "code": 9999, "message": "none" }""", EcsterErrorKind.NotFound, "9999", null);
        yield return new TestCaseData(409, """{ "code": 4409, "message": "x" }""", EcsterErrorKind.Conflict, "4409", null);
        // Older shapes: a code as a string of digits, a type, { error, message }.
        yield return new TestCaseData(400, """{ "code": "4424", "message": "x", "type": "CONFLICT" }""", EcsterErrorKind.Conflict, "4424", "CONFLICT");
        yield return new TestCaseData(422, """{ "code": "CREDIT_DECLINED", "message": "x", "type": "DECLINED" }""", EcsterErrorKind.Declined, "CREDIT_DECLINED", "DECLINED");
        yield return new TestCaseData(400, """{ "error": 4500, "message": "x" }""", EcsterErrorKind.Declined, "4500", null);
        // Not JSON at all, or a code of the wrong kind: the status still decides.
        yield return new TestCaseData(404, "<html>gateway</html>", EcsterErrorKind.NotFound, null, null);
        yield return new TestCaseData(400, """{ "code": 44.24, "message": "x" }""", EcsterErrorKind.InvalidRequest, null, null);
    }

    [Test]
    public void A_429_is_rate_limiting_and_is_never_a_money_movements_unknown_outcome()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.TooManyRequests);
        var client = TestClients.Create(handler, o => o.MaxRetries = 0);

        var error = Assert.ThrowsAsync<EcsterApiException>(() =>
            client.DebitAsync("ECS-1", new DebitRequest { Amount = 1m, TransactionReference = "cap-1" }))!;

        Assert.That(error.IsRateLimited, Is.True);
        Assert.That(error.Kind, Is.EqualTo(EcsterErrorKind.Transient));
    }

    [TestCaseSource(nameof(ErrorCases))]
    public void A_read_error_maps_to_its_kind(int status, string body, EcsterErrorKind kind, string? code, string? type)
    {
        var handler = new FakeEcsterHandler().Respond((HttpStatusCode)status, body);
        var client = TestClients.Create(handler);

        var error = Assert.ThrowsAsync<EcsterApiException>(() => client.GetOrderAsync("ECS-1"))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Kind, Is.EqualTo(kind));
            Assert.That(error.HttpStatus, Is.EqualTo(status));
            Assert.That(error.Code, Is.EqualTo(code));
            Assert.That(error.Type, Is.EqualTo(type));
            Assert.That(error.RequestId, Is.EqualTo("req-1"));
            Assert.That(error.Operation, Is.EqualTo("GetOrder"));
        });
    }

    [Test]
    public void A_declined_create_order_keeps_ecsters_message()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.BadRequest,
            """{ "code": 4500, "message": "The credit application was declined." }""");
        var client = TestClients.Create(handler);

        var error = Assert.ThrowsAsync<EcsterApiException>(() => client.CreateOrderAsync(new CreateOrderRequest
        {
            OrderReference = "r", Ticket = "t", PaymentOption = "o", Cart = OrderTests.SampleCart()
        }))!;

        Assert.That(error.Kind, Is.EqualTo(EcsterErrorKind.Declined));
        Assert.That(error.EcsterMessage, Is.EqualTo("The credit application was declined."));
        Assert.That(error.Message, Does.Contain("4500").And.Contain("req-1"));
    }

    [Test]
    public void An_error_message_that_echoes_a_personal_number_or_key_is_scrubbed()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.BadRequest,
            $$"""{ "code": 4001, "message": "Bad number 19811218-9801 / 8112189801 for key {{TestClients.ApiKey}}" }""");
        var client = TestClients.Create(handler);

        var error = Assert.ThrowsAsync<EcsterApiException>(() => client.GetOrderAsync("ECS-1"))!;

        foreach (var text in new[] { error.Message, error.EcsterMessage!, error.ToString() })
        {
            Assert.That(text, Does.Not.Contain("9801"));
            Assert.That(text, Does.Not.Contain(TestClients.ApiKey));
        }
    }

    [Test]
    public void A_5xx_on_a_read_is_transient_after_retries()
    {
        var handler = new FakeEcsterHandler { Fallback = (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.InternalServerError)) };
        var client = TestClients.Create(handler, o => o.MaxRetries = 2);

        var error = Assert.ThrowsAsync<EcsterApiException>(() => client.GetOrderAsync("ECS-1"))!;

        Assert.That(error.Kind, Is.EqualTo(EcsterErrorKind.Transient));
        Assert.That(error.HttpStatus, Is.EqualTo(500));
        Assert.That(handler.Requests, Has.Count.EqualTo(3));
    }

    [Test]
    public void A_malformed_2xx_body_is_MalformedResponse()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.OK, """{ "id": "ECS-1", "status": """);
        var client = TestClients.Create(handler);

        var error = Assert.ThrowsAsync<EcsterApiException>(() => client.GetOrderAsync("ECS-1"))!;

        Assert.That(error.Kind, Is.EqualTo(EcsterErrorKind.MalformedResponse));
        Assert.That(error.HttpStatus, Is.EqualTo(200));
        Assert.That(handler.Requests, Has.Count.EqualTo(1));
    }

    [TestCase("")]
    [TestCase("null")]
    [TestCase("""{ "status": "READY" }""")]
    [TestCase("""{ "id": "ECS-1", "status": "READY", "amount": 12.5 }""")]
    [TestCase("""{ "id": "ECS-1", "status": "READY", "amount": "100" }""")]
    [TestCase("""{ "id": "ECS-1", "status": "READY" } trailing""")]
    [TestCase("""[1,2]""")]
    [TestCase("""{ "id": null, "status": "READY" }""")]
    [TestCase("""{ "id": "ECS-1", "status": "READY", "transactions": null }""")]
    [TestCase("""{ "id": "ECS-1", "status": "READY", "amount": null }""")]
    [TestCase("""{ "id": "ECS-1", "status": "READY", "amount": 99999999999999999999999999999999 }""")]
    [TestCase("""{ "id": "ECS-1", "status": "READY", "amount": 1e400 }""")]
    [TestCase("""{ "id": "ECS-1", "status": "READY", "transactions": [ { "id": null, "amount": 100 } ] }""")]
    [TestCase("""{ "id": "ECS-1", "status": "READY", "created": "yesterday" }""")]
    [TestCase("""{ "id": "ECS-1", "status": "READY", "properties": { "startFee": 2.5 } }""")]
    public void An_incomplete_or_wrongly_typed_order_is_MalformedResponse(string body)
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.OK, body);
        var client = TestClients.Create(handler);

        var error = Assert.ThrowsAsync<EcsterApiException>(() => client.GetOrderAsync("ECS-1"))!;

        Assert.That(error.Kind, Is.EqualTo(EcsterErrorKind.MalformedResponse));
    }

    [Test]
    public async Task Whole_amounts_written_with_a_decimal_point_nulls_where_allowed_and_comments_are_still_read()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.OK, """
            { "id": "ECS-1", "status": "READY", "amount": 12500.0, "debitedAmount": 1.24e4, /* Ecster's note */
              "properties": { "startFee": null }, "debitConsent": null, "Currency": "SEK", "extra": { "a": [1, 2] } }
            """);
        var client = TestClients.Create(handler);

        var order = await client.GetOrderAsync("ECS-1");

        Assert.That(order.Amount, Is.EqualTo(125.00m));
        Assert.That(order.RemainingAmount, Is.EqualTo(1.00m));
        Assert.That(order.Properties!.StartFee, Is.Null);
        Assert.That(order.Transactions, Is.Empty, "a list Ecster leaves out is empty, never null");
    }

    [Test]
    public void A_body_that_is_not_UTF_8_is_MalformedResponse()
    {
        // "Åsa" in Latin-1: 0xC5 starts a two-byte UTF-8 sequence that never comes.
        var latin1 = "{ \"status\": \"READY\", \"id\": \""u8.ToArray()
            .Concat(new byte[] { 0xC5, 0x73, 0x61 }).Concat("\" }"u8.ToArray()).ToArray();
        var handler = new FakeEcsterHandler().Enqueue((_, _) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(latin1) }));
        var client = TestClients.Create(handler);

        var error = Assert.ThrowsAsync<EcsterApiException>(() => client.GetOrderAsync("ECS-1"))!;

        Assert.That(error.Kind, Is.EqualTo(EcsterErrorKind.MalformedResponse));
    }

    [Test]
    public void A_malformed_2xx_on_a_debit_is_MalformedResponse_not_retried()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.Created, "{ broken");
        var client = TestClients.Create(handler);

        var error = Assert.ThrowsAsync<EcsterApiException>(() =>
            client.DebitAsync("ECS-1", new DebitRequest { Amount = 1m, TransactionReference = "cap-1" }))!;

        Assert.That(error.Kind, Is.EqualTo(EcsterErrorKind.MalformedResponse));
        Assert.That(handler.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public void An_invalid_personal_number_from_ecster_is_MalformedResponse_without_the_number()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.Created,
            """{ "id": "t", "consumer": { "nationalId": "SE811218-9802" } }""");
        var client = TestClients.Create(handler);

        var error = Assert.ThrowsAsync<EcsterApiException>(() => client.CreateTicketAsync(
            CreateTicketRequest.ForEid(IdentificationMethod.MobileBankId, "x", PersonalIdentityNumber.Parse("19811218-9801"))))!;

        Assert.That(error.Kind, Is.EqualTo(EcsterErrorKind.MalformedResponse));
        Assert.That(error.ToString(), Does.Not.Contain("9802"));
    }
}
