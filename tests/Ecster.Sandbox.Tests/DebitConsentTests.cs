using System.Net;
using Ecster.Sandbox.Tests.Support;

namespace Ecster.Sandbox.Tests;

/// <summary>docs §8: in-person orders need a DEBIT_CONSENT signature, signed with BankID, before the first debit.</summary>
public sealed class DebitConsentTests : SandboxTest
{
    private const long Amount = 1_000_000;

    private async Task<string> StoreOrderAsync(string person = People.Anna) =>
        (await Flows.CreateOrderAsync(Api, amount: Amount, channel: "STORE", person: person)).Id;

    [Test]
    public async Task A_store_order_requires_a_consent_before_the_first_debit()
    {
        var orderId = await StoreOrderAsync();
        var consent = Sandbox.Inspector.FindOrder(orderId)!.DebitConsent;
        Assert.That(consent.Required, Is.True);
        Assert.That(consent.Status, Is.EqualTo("REQUIRED"));

        var debit = await Flows.TransactionAsync(Api, orderId, "DEBIT", 100_000);
        debit.ShouldBeError(HttpStatusCode.BadRequest, 4426);
    }

    private static readonly object MobileBankIdConsent = new
    {
        signatureType = "DEBIT_CONSENT", identification = new { method = "SE_BANKID_MOBILE", identifier = (string?)null }
    };

    private async Task<ApiResponse> SignAsync(string orderId)
    {
        var start = await Api.PostAsync($"orders/{orderId}/signatures", MobileBankIdConsent);
        Assert.That(start.Status, Is.EqualTo(HttpStatusCode.Created), start.Text);
        ApiResponse collect;
        do collect = await Api.GetAsync($"orders/{orderId}/signatures/{(string)start.Json["id"]!}");
        while ((string?)collect.Json["status"] is "OUTSTANDING_TRANSACTION" or "USER_SIGN");
        return collect;
    }

    [Test]
    public async Task A_BankID_consent_answers_as_the_contracts_example_and_is_signed_after_collecting()
    {
        var orderId = await StoreOrderAsync();
        var start = await Api.PostAsync($"orders/{orderId}/signatures", MobileBankIdConsent);
        Assert.That(start.Status, Is.EqualTo(HttpStatusCode.Created), start.Text);
        // docs §8: { id, status, startURL, pollTime } and nothing else.
        Assert.That(((Newtonsoft.Json.Linq.JObject)start.Json).Properties().Select(p => p.Name),
            Is.EquivalentTo(new[] { "id", "status", "startURL", "pollTime" }));
        Assert.That((string?)start.Json["status"], Is.EqualTo("OUTSTANDING_TRANSACTION"));
        Assert.That((string?)start.Json["startURL"], Does.StartWith("bankid:///?autostarttoken="));
        Assert.That((int)start.Json["pollTime"]!, Is.EqualTo(2000));
        var signatureId = (string)start.Json["id"]!;

        var pending = await Api.GetAsync($"orders/{orderId}/signatures/{signatureId}");
        Assert.That((string?)pending.Json["status"], Is.EqualTo("OUTSTANDING_TRANSACTION"));
        Assert.That((string?)pending.Json["id"], Is.EqualTo(signatureId));
        (await Flows.TransactionAsync(Api, orderId, "DEBIT", 1)).ShouldBeError(HttpStatusCode.BadRequest, 4426);

        var collect = await SignAsync(orderId);

        Assert.That((string?)collect.Json["status"], Is.EqualTo("COMPLETE"));
        Assert.That(Sandbox.Inspector.FindOrder(orderId)!.DebitConsent.Status, Is.EqualTo("SIGNED"));
        Assert.That((await Flows.TransactionAsync(Api, orderId, "DEBIT", Amount)).Status, Is.EqualTo(HttpStatusCode.Created));
    }

    [TestCase("PAPER")]
    [TestCase(null)]
    public async Task Only_a_BankID_debit_consent_is_taken_as_Ecster_documents_no_other(string? method)
    {
        var orderId = await StoreOrderAsync();
        var response = await Api.PostAsync($"orders/{orderId}/signatures", new { signatureType = "DEBIT_CONSENT", identification = new { method } });
        response.ShouldBeError(HttpStatusCode.BadRequest, 4000);
        (await Api.PostAsync($"orders/{orderId}/debitconsent", new { method = "PAPER", signedBy = "staff-17" })).ShouldBeError(HttpStatusCode.NotFound, 4040);
        (await Api.PostAsync($"orders/{orderId}/signatures", new { signatureType = "OTHER", identification = new { method = "SE_BANKID_MOBILE" } }))
            .ShouldBeError(HttpStatusCode.BadRequest, 4000);
    }

    [Test]
    public async Task Cecilia_cancels_the_consent_and_the_order_still_requires_one()
    {
        // Cecilia never finishes a BankID, so staff identify her with her driving licence.
        var ticket = (string)(await Api.PostAsync("identification/tickets",
            Flows.DocumentTicket(People.Cecilia, "DRIVERS_LICENSE", "D1", 1, 2099))).Json["id"]!;
        var option = await Flows.OptionAsync(Api, ticket, Amount, "PP12", "STORE");
        var created = await Api.PostAsync("orders", new
        {
            orderReference = "c-1", ticket, paymentOption = (string)option["id"]!, salesPerson = "staff-17", cart = Flows.Cart(Amount),
        });
        var orderId = (string)created.Json["id"]!;
        var collect = await SignAsync(orderId);

        Assert.That((string?)collect.Json["status"], Is.EqualTo("USER_CANCEL"));
        Assert.That(Sandbox.Inspector.FindOrder(orderId)!.DebitConsent.Status, Is.EqualTo("REQUIRED"));
    }

    [Test]
    public async Task Debits_stay_within_the_consent_after_the_amount_grew()
    {
        var orderId = await StoreOrderAsync();
        Assert.That((string?)(await SignAsync(orderId)).Json["status"], Is.EqualTo("COMPLETE"));
        var grown = await Api.PutAsync($"orders/{orderId}", new { orderReference = "grown", salesPerson = "staff-17", cart = Flows.Cart(Amount + 200_000) });
        Assert.That(grown.Status, Is.EqualTo(HttpStatusCode.OK), grown.Text);

        (await Flows.TransactionAsync(Api, orderId, "DEBIT", Amount + 200_000)).ShouldBeError(HttpStatusCode.BadRequest, 4428);
        Assert.That((await Flows.TransactionAsync(Api, orderId, "DEBIT", Amount)).Status, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task An_e_commerce_order_takes_no_consent()
    {
        var orderId = (await Flows.CreateOrderAsync(Api, amount: Amount)).Id;
        var response = await Api.PostAsync($"orders/{orderId}/signatures", MobileBankIdConsent);
        response.ShouldBeError(HttpStatusCode.BadRequest, 4424);
    }

    [Test]
    public async Task An_unknown_consent_is_404()
    {
        var orderId = await StoreOrderAsync();
        (await Api.GetAsync($"orders/{orderId}/signatures/sig-nope")).ShouldBeError(HttpStatusCode.NotFound, 4040);
    }
}
