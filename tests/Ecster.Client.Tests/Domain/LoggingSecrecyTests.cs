using System.Net;
using Ecster.Client.Models;
using Ecster.Client.Tests.Support;

namespace Ecster.Client.Tests.Domain;

/// <summary>Runs many operations, successes and failures, and scans every log line for secrets.</summary>
public class LoggingSecrecyTests
{
    private static readonly string[] Forbidden =
    [
        TestClients.ApiKey, TestClients.MerchantKey,
        "198112189801", "19811218-9801", "8112189801", "811218-9801",
        "191212129801", "121212+9801", "1212129801"
    ];

    [Test]
    public async Task No_log_line_contains_a_key_or_a_full_personal_number()
    {
        var logs = new CapturingLoggerProvider();
        var consumerJson = """{ "firstName": "Anna", "lastName": "Andersson", "personalNumber": "198112189801" }""";
        var handler = new FakeEcsterHandler()
            .Respond(HttpStatusCode.Created, """{ "orderRef": "o1", "qrStartToken": "t", "qrStartSecret": "s" }""")
            .Respond(HttpStatusCode.ServiceUnavailable)
            .Respond(HttpStatusCode.OK, $$"""{ "status": "COMPLETE", "identificationId": "i1", "consumer": {{consumerJson}} }""")
            .Respond(HttpStatusCode.Created, $$"""{ "identificationId": "i2", "status": "COMPLETE", "consumer": {{consumerJson}} }""")
            .Respond(HttpStatusCode.BadRequest, """{ "code": "INVALID_PERSONAL_NUMBER", "message": "Number 198112189801 / 121212+9801 is invalid" }""")
            .Respond(HttpStatusCode.Created, """{ "ticket": "tk" }""")
            .Respond(HttpStatusCode.OK, EcsterJsonSamples.Order)
            .Respond(HttpStatusCode.Created, """{ "id": "dc", "status": "OUTSTANDING_TRANSACTION" }""")
            .Respond((HttpStatusCode)422, """{ "error": "CREDIT_DECLINED", "message": "declined for 19811218-9801" }""")
            // A debit is never sent twice, so the network error is the call's error.
            .Throw(new HttpRequestException("connection to 198112189801 reset"))
            .Respond(HttpStatusCode.OK, """{ "status": "COMPLETE", "consumer": { "personalNumber": "198112189802" } }""");
        var client = TestClients.Create(handler, logs: logs);
        var anna = PersonalIdentityNumber.Parse("19811218-9801");
        var greta = PersonalIdentityNumber.Parse("121212+9801");
        var errors = new List<Exception>();

        async Task Run(Func<Task> call)
        {
            try { await call(); }
            catch (EcsterApiException e) { errors.Add(e); }
        }

        await Run(() => client.StartBankIdIdentificationAsync(new StartBankIdIdentificationRequest { PersonalNumber = anna, EndUserIp = "1.2.3.4" }));
        await Run(() => client.CollectBankIdIdentificationAsync("o1"));
        await Run(() => client.IdentifyByIdDocumentAsync(new IdentifyByIdDocumentRequest { PersonalNumber = anna, FirstName = "A", LastName = "B" }));
        await Run(() => client.IdentifyByIdDocumentAsync(new IdentifyByIdDocumentRequest { PersonalNumber = greta, FirstName = "G", LastName = "G" }));
        await Run(() => client.CreateTicketAsync(new CreateTicketRequest { IdentificationId = "i2" }));
        await Run(() => client.GetOrderAsync("ECS-100042"));
        await Run(() => client.StartDebitConsentAsync("ECS-1"));
        await Run(() => client.GetPaymentOptionsAsync(new PaymentOptionsRequest { Ticket = "tk", Amount = 10m }));
        await Run(() => client.DebitAsync("ECS-1", new DebitRequest { Amount = 1m, TransactionReference = "c" }));
        await Run(() => client.CollectBankIdIdentificationAsync("o2"));

        Assert.That(handler.Requests, Has.Count.EqualTo(11), "every scripted answer was used");
        Assert.That(errors, Has.Count.EqualTo(4));
        var text = logs.AllText + "\n" + string.Join("\n", errors.Select(e => e.ToString()));
        Assert.That(logs.Lines, Is.Not.Empty);
        foreach (var secret in Forbidden)
            Assert.That(text, Does.Not.Contain(secret), $"a log line or exception contains a forbidden value ({secret.Length} chars)");

        // What the logs are for is still there.
        Assert.That(logs.AllText, Does.Contain("StartBankIdIdentification").And.Contain("/rest/public/v1/orders/{orderId}")
            .And.Contain("req-").And.Contain("Status=201"));
    }
}
