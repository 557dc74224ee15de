using System.Net;
using Ecster.Client.Models;
using Ecster.Client.Tests.Support;

namespace Ecster.Client.Tests.Operations;

public class ErrorMappingTests
{
    private static IEnumerable<TestCaseData> ErrorCases()
    {
        // {code,message,type}
        yield return new TestCaseData(400, """{ "code": "INVALID_AMOUNT", "message": "bad", "type": "VALIDATION" }""", EcsterErrorKind.InvalidRequest, "INVALID_AMOUNT", "VALIDATION");
        yield return new TestCaseData(401, """{ "code": "INVALID_CREDENTIALS", "message": "no", "type": "AUTHENTICATION" }""", EcsterErrorKind.Authentication, "INVALID_CREDENTIALS", "AUTHENTICATION");
        yield return new TestCaseData(403, """{ "code": "FORBIDDEN", "message": "no" }""", EcsterErrorKind.Authentication, "FORBIDDEN", null);
        yield return new TestCaseData(404, """{ "code": "NOT_FOUND", "message": "none", "type": "NOT_FOUND" }""", EcsterErrorKind.NotFound, "NOT_FOUND", "NOT_FOUND");
        yield return new TestCaseData(409, """{ "code": "INVALID_ORDER_STATE", "message": "x", "type": "CONFLICT" }""", EcsterErrorKind.Conflict, "INVALID_ORDER_STATE", "CONFLICT");
        yield return new TestCaseData(422, """{ "code": "CREDIT_DECLINED", "message": "The credit application was declined.", "type": "DECLINED" }""", EcsterErrorKind.Declined, "CREDIT_DECLINED", "DECLINED");
        yield return new TestCaseData(422, """{ "code": "TICKET_EXPIRED", "message": "x", "type": "BUSINESS_RULE" }""", EcsterErrorKind.InvalidRequest, "TICKET_EXPIRED", "BUSINESS_RULE");
        // {error,message}
        yield return new TestCaseData(422, """{ "error": "CREDIT_DECLINED", "message": "The credit application was declined." }""", EcsterErrorKind.Declined, "CREDIT_DECLINED", null);
        yield return new TestCaseData(422, """{ "error": "OVER_CREDIT_LIMIT", "message": "x" }""", EcsterErrorKind.Declined, "OVER_CREDIT_LIMIT", null);
        yield return new TestCaseData(422, """{ "error": "AMOUNT_EXCEEDS_REMAINING", "message": "x" }""", EcsterErrorKind.InvalidRequest, "AMOUNT_EXCEEDS_REMAINING", null);
        yield return new TestCaseData(400, """{ "error": "ROWS_DO_NOT_ADD_UP", "message": "x" }""", EcsterErrorKind.InvalidRequest, "ROWS_DO_NOT_ADD_UP", null);
        yield return new TestCaseData(409, """{ "error": "REFERENCE_CONFLICT", "message": "x" }""", EcsterErrorKind.Conflict, "REFERENCE_CONFLICT", null);
        // Not JSON at all: the status still decides.
        yield return new TestCaseData(404, "<html>gateway</html>", EcsterErrorKind.NotFound, null, null);
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
        var handler = new FakeEcsterHandler().Respond((HttpStatusCode)422,
            """{ "code": "CREDIT_DECLINED", "message": "The credit application was declined.", "type": "DECLINED" }""");
        var client = TestClients.Create(handler);

        var error = Assert.ThrowsAsync<EcsterApiException>(() => client.CreateOrderAsync(new CreateOrderRequest
        {
            OrderReference = "r", Ticket = "t", PaymentOptionId = "o", Cart = OrderTests.SampleCart()
        }))!;

        Assert.That(error.Kind, Is.EqualTo(EcsterErrorKind.Declined));
        Assert.That(error.EcsterMessage, Is.EqualTo("The credit application was declined."));
        Assert.That(error.Message, Does.Contain("CREDIT_DECLINED").And.Contain("req-1"));
    }

    [Test]
    public void An_error_message_that_echoes_a_personal_number_or_key_is_scrubbed()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.BadRequest,
            $$"""{ "code": "INVALID_PERSONAL_NUMBER", "message": "Bad number 19811218-9801 / 8112189801 for key {{TestClients.ApiKey}}" }""");
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
    [TestCase("""{ "id": "ECS-1", "status": "READY", "createdAt": "yesterday" }""")]
    [TestCase("""{ "id": "ECS-1", "status": "READY", "properties": { "invoiceFee": 2.5 } }""")]
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
            { "id": "ECS-1", "status": "READY", "amount": 12500.0, "remainingAmount": 1e2, /* Ecster's note */
              "properties": { "invoiceFee": null }, "debitConsent": null, "Currency": "SEK", "extra": { "a": [1, 2] } }
            """);
        var client = TestClients.Create(handler);

        var order = await client.GetOrderAsync("ECS-1");

        Assert.That(order.Amount, Is.EqualTo(125.00m));
        Assert.That(order.RemainingAmount, Is.EqualTo(1.00m));
        Assert.That(order.Properties!.InvoiceFee, Is.Null);
        Assert.That(order.DebitConsent, Is.Null);
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
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.OK,
            """{ "status": "COMPLETE", "consumer": { "personalNumber": "198112189802" } }""");
        var client = TestClients.Create(handler);

        var error = Assert.ThrowsAsync<EcsterApiException>(() => client.CollectBankIdIdentificationAsync("x"))!;

        Assert.That(error.Kind, Is.EqualTo(EcsterErrorKind.MalformedResponse));
        Assert.That(error.ToString(), Does.Not.Contain("9802"));
    }
}
