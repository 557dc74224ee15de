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
        var consumerJson = """{ "nationalId": "SE811218-9801", "name": { "firstName": "Anna", "lastName": "Andersson" } }""";
        var handler = new FakeEcsterHandler()
            .Respond(HttpStatusCode.OK, """{ "id": "o1", "status": "OUTSTANDING_TRANSACTION", "startURL": "bankid:///?autostarttoken=t" }""")
            .Respond(HttpStatusCode.ServiceUnavailable)
            .Respond(HttpStatusCode.OK, """{ "id": "o1", "status": "COMPLETE" }""")
            .Respond(HttpStatusCode.Created, $$"""{ "id": "tk1", "consumer": {{consumerJson}} }""")
            .Respond(HttpStatusCode.BadRequest, """{ "code": 4003, "message": "Number SE121212+9801 / 198112189801 is not allowed" }""")
            .Respond(HttpStatusCode.OK, """{ "id": "o2", "status": "OUTSTANDING_TRANSACTION" }""")
            .Respond(HttpStatusCode.OK, EcsterJsonSamples.Order)
            .Respond(HttpStatusCode.Created, """{ "id": "dc", "status": "OUTSTANDING_TRANSACTION" }""")
            .Respond((HttpStatusCode)422, """{ "error": "CREDIT_DECLINED", "message": "declined for 19811218-9801" }""")
            // A debit is never sent twice, so the network error is the call's error.
            .Throw(new HttpRequestException("connection to 198112189801 reset"))
            .Respond(HttpStatusCode.Created, """{ "id": "tk2", "consumer": { "nationalId": "SE811218-9802" } }""");
        var client = TestClients.Create(handler, logs: logs);
        var anna = PersonalIdentityNumber.Parse("19811218-9801");
        var greta = PersonalIdentityNumber.Parse("121212+9801");
        var errors = new List<Exception>();

        async Task Run(Func<Task> call)
        {
            try { await call(); }
            catch (EcsterApiException e) { errors.Add(e); }
        }

        await Run(() => client.StartEidAsync(new StartEidRequest { NationalId = anna }));
        await Run(() => client.CollectEidAsync("o1"));
        await Run(() => client.CreateTicketAsync(CreateTicketRequest.ForEid(IdentificationMethod.MobileBankId, "o1", anna)));
        await Run(() => client.CreateTicketAsync(CreateTicketRequest.ForDocument(IdentificationMethod.Passport, "P1", 1, 2099, greta)));
        await Run(() => client.StartEidAsync(new StartEidRequest { Type = IdentificationMethod.BankId, NationalId = greta }));
        await Run(() => client.GetOrderAsync("ECS-100042"));
        await Run(() => client.StartDebitConsentAsync("ECS-1"));
        await Run(() => client.GetPaymentOptionsAsync(new PaymentOptionsRequest { Ticket = "tk", Amount = 10m }));
        await Run(() => client.DebitAsync("ECS-1", new DebitRequest { Amount = 1m, TransactionReference = "c" }));
        await Run(() => client.CreateTicketAsync(CreateTicketRequest.ForEid(IdentificationMethod.BankId, "o2", anna)));

        Assert.That(handler.Requests, Has.Count.EqualTo(11), "every scripted answer was used");
        Assert.That(errors, Has.Count.EqualTo(4));
        var text = logs.AllText + "\n" + string.Join("\n", errors.Select(e => e.ToString()));
        Assert.That(logs.Lines, Is.Not.Empty);
        foreach (var secret in Forbidden)
            Assert.That(text, Does.Not.Contain(secret), $"a log line or exception contains a forbidden value ({secret.Length} chars)");

        // What the logs are for is still there.
        Assert.That(logs.AllText, Does.Contain("StartEid").And.Contain("/rest/public/v1/orders/{orderId}")
            .And.Contain("req-").And.Contain("Status=201"));
    }
}
