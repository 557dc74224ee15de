using System.Net;
using Ecster.Sandbox.Tests.Support;

namespace Ecster.Sandbox.Tests;

/// <summary>docs §8: store orders need a signed consent before the first debit.</summary>
public sealed class DebitConsentTests : SandboxTest
{
    private const long Amount = 1_000_000;

    private async Task<string> StoreOrderAsync(string person = People.Anna) =>
        (await Flows.CreateOrderAsync(Api, amount: Amount, channel: "STORE", person: person)).Id;

    [Test]
    public async Task A_store_order_requires_a_consent_before_the_first_debit()
    {
        var orderId = await StoreOrderAsync();
        var order = await Api.GetAsync($"orders/{orderId}");
        Assert.That((bool)order.Json["debitConsent"]!["required"]!, Is.True);
        Assert.That((string?)order.Json["debitConsent"]!["status"], Is.EqualTo("REQUIRED"));

        var debit = await Flows.TransactionAsync(Api, orderId, "DEBIT", 100_000);
        debit.ShouldBeError(HttpStatusCode.BadRequest, 4426);
    }

    [Test]
    public async Task A_paper_consent_is_signed_at_once_without_BankID_fields()
    {
        var orderId = await StoreOrderAsync();
        var consent = await Api.PostAsync($"orders/{orderId}/debitconsent", new { method = "PAPER", signedBy = "staff-17" });

        Assert.That(consent.Status, Is.EqualTo(HttpStatusCode.Created), consent.Text);
        Assert.That((string?)consent.Json["status"], Is.EqualTo("SIGNED"));
        Assert.That((long)consent.Json["maxAmount"]!, Is.EqualTo(Amount));
        Assert.That(consent.Json["orderRef"], Is.Null);
        Assert.That(consent.Json["qrStartSecret"], Is.Null);
        Assert.That((await Flows.TransactionAsync(Api, orderId, "DEBIT", Amount)).Status, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task A_BankID_consent_is_pending_then_signed()
    {
        var orderId = await StoreOrderAsync();
        var start = await Api.PostAsync($"orders/{orderId}/debitconsent", new { method = "BANKID", personalNumber = "198112189801", endUserIp = "203.0.113.7" });
        Assert.That(start.Status, Is.EqualTo(HttpStatusCode.Created), start.Text);
        Assert.That((string?)start.Json["status"], Is.EqualTo("PENDING"));
        foreach (var field in new[] { "consentId", "orderRef", "autoStartToken", "qrStartToken", "qrStartSecret", "startedAt" })
            Assert.That((string?)start.Json[field], Is.Not.Empty, field);
        var consentId = (string)start.Json["consentId"]!;

        var pending = await Api.GetAsync($"orders/{orderId}/debitconsent/{consentId}");
        Assert.That((string?)pending.Json["status"], Is.EqualTo("PENDING"));
        Assert.That((string?)pending.Json["qrData"], Does.StartWith("bankid."));
        (await Flows.TransactionAsync(Api, orderId, "DEBIT", 1)).ShouldBeError(HttpStatusCode.BadRequest, 4426);

        ApiResponse collect;
        do collect = await Api.GetAsync($"orders/{orderId}/debitconsent/{consentId}");
        while ((string?)collect.Json["status"] == "PENDING");

        Assert.That((string?)collect.Json["status"], Is.EqualTo("SIGNED"));
        Assert.That((string?)collect.Json["signedAt"], Is.Not.Null);
        var order = await Api.GetAsync($"orders/{orderId}");
        Assert.That((string?)order.Json["debitConsent"]!["status"], Is.EqualTo("SIGNED"));
        Assert.That((long)order.Json["debitConsent"]!["maxAmount"]!, Is.EqualTo(Amount));
    }

    [Test]
    public async Task Cecilia_cancels_the_consent_and_the_order_still_requires_one()
    {
        // Cecilia never finishes a BankID, so staff identify her with her driving licence.
        var identification = await Api.PostAsync("identifications/iddocument", IdDocumentTests.Document(People.Cecilia, "Cecilia", "Carlsson"));
        var ticket = (string)(await Api.PostAsync("tickets", new { identificationId = (string)identification.Json["identificationId"]! })).Json["ticket"]!;
        var option = await Flows.OptionAsync(Api, ticket, Amount, "PP12", "STORE");
        var created = await Api.PostAsync("orders", new
        {
            orderReference = "c-1", ticket, paymentOption = (string)option["id"]!, salesPerson = "staff-17", cart = Flows.Cart(Amount),
        });
        var orderId = (string)created.Json["id"]!;
        var start = await Api.PostAsync($"orders/{orderId}/debitconsent", new { method = "BANKID", endUserIp = "127.0.0.1" });
        var consentId = (string)start.Json["consentId"]!;
        ApiResponse collect;
        do collect = await Api.GetAsync($"orders/{orderId}/debitconsent/{consentId}");
        while ((string?)collect.Json["status"] == "PENDING");

        Assert.That((string?)collect.Json["status"], Is.EqualTo("FAILED"));
        Assert.That((string?)collect.Json["hintCode"], Is.EqualTo("userCancel"));
        Assert.That((string?)(await Api.GetAsync($"orders/{orderId}")).Json["debitConsent"]!["status"], Is.EqualTo("REQUIRED"));
    }

    [Test]
    public async Task Debits_stay_within_the_consent_after_the_amount_grew()
    {
        var orderId = await StoreOrderAsync();
        await Api.PostAsync($"orders/{orderId}/debitconsent", new { method = "PAPER", signedBy = "staff-17" });
        var grown = await Api.PutAsync($"orders/{orderId}", new { orderReference = "grown", salesPerson = "staff-17", cart = Flows.Cart(Amount + 200_000) });
        Assert.That(grown.Status, Is.EqualTo(HttpStatusCode.OK), grown.Text);

        (await Flows.TransactionAsync(Api, orderId, "DEBIT", Amount + 200_000)).ShouldBeError(HttpStatusCode.BadRequest, 4428);
        Assert.That((await Flows.TransactionAsync(Api, orderId, "DEBIT", Amount)).Status, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task An_e_commerce_order_takes_no_consent()
    {
        var orderId = (await Flows.CreateOrderAsync(Api, amount: Amount)).Id;
        var response = await Api.PostAsync($"orders/{orderId}/debitconsent", new { method = "PAPER", signedBy = "staff-17" });
        response.ShouldBeError(HttpStatusCode.BadRequest, 4424);
    }

    [Test]
    public async Task An_unknown_consent_is_404()
    {
        var orderId = await StoreOrderAsync();
        (await Api.GetAsync($"orders/{orderId}/debitconsent/dc-nope")).ShouldBeError(HttpStatusCode.NotFound, 4040);
    }
}
