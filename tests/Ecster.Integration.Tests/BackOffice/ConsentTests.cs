using Ecster.Client;
using Ecster.Client.Models;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Ecster;
using Nop.Plugin.Payments.Ecster.Services.BackOffice;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Consent;
using Nop.Services.Payments;

namespace Ecster.Integration.Tests.BackOffice;

/// <summary>Physical-store orders: no debit without the customer's debit consent, signed with BankID (docs §8).</summary>
public class ConsentTests
{
    private BackOfficeHarness _h = null!;

    [SetUp]
    public async Task SetUp() => _h = await BackOfficeHarness.StartAsync(maxRetries: 3);

    [TearDown]
    public async Task TearDown() => await _h.DisposeAsync();

    [Test]
    public async Task A_store_order_is_not_captured_without_consent_and_the_admin_is_told_why()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m, Channel.Store);

        var result = await _h.NewMoneyMovements().CaptureAsync(new CapturePaymentRequest { Order = order });

        Assert.That(result.Success, Is.False);
        Assert.That(result.Errors.Single(), Does.Contain("signed debit consent").And.Contain("No money was moved"));
        Assert.That(_h.SandboxTransactions(ecster.Id, "DEBIT"), Is.Empty);
    }

    [Test]
    public async Task Ecsters_own_consent_refusal_reads_as_the_same_clear_message()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m, Channel.Store);

        var refusal = Assert.ThrowsAsync<EcsterApiException>(() =>
            _h.Client.DebitAsync(ecster.Id, new DebitRequest { Amount = 1_000m, TransactionReference = "direct-1" }));
        var text = await _h.NewTexts().ErrorAsync(refusal!);

        Assert.That(refusal!.Code, Is.EqualTo(EcsterErrorCode.DebitConsentRequired));
        Assert.That(text, Does.Contain("signed debit consent"));
    }

    [Test]
    public async Task A_BankID_consent_shows_its_status_and_link_and_is_signed_after_collecting()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m, Channel.Store);
        var consents = _h.NewConsents();

        var started = await consents.StartBankIdAsync(order);
        var step = started;
        var statuses = new List<string?> { step.Status };
        for (var polls = 0; step.Pending && polls < 10; polls++)
        {
            step = await consents.CollectAsync(order, started.SignatureId!);
            statuses.Add(step.Status);
        }

        Assert.That(started.Error, Is.Null);
        Assert.That(started.Status, Is.EqualTo(SignatureStatus.OutstandingTransaction));
        Assert.That(started.Pending, Is.True);
        Assert.That(started.StartUrl, Does.StartWith("bankid:///?autostarttoken="));
        Assert.That(started.PollTime, Is.EqualTo(2000), "Ecster's pollTime");
        Assert.That(statuses, Does.Contain(SignatureStatus.UserSign));
        Assert.That(step.Signed, Is.True);
        Assert.That(step.Status, Is.EqualTo(SignatureStatus.Complete));
        Assert.That(_h.NotesOf(order), Has.Some.Contains(started.SignatureId!).And.Some.Contains("signed with BankID"));
        var capture = await _h.NewMoneyMovements().CaptureAsync(new CapturePaymentRequest { Order = order });
        Assert.That(capture.Success, Is.True, string.Join(" ", capture.Errors));
        Assert.That(_h.SandboxTransactions(ecster.Id, "DEBIT"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_signed_consent_is_the_plugins_own_record_on_the_nopCommerce_order()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m, Channel.Store);
        var consents = _h.NewConsents();
        Assert.That((await consents.StateAsync(order)).Status, Is.EqualTo(DebitConsentState.Missing));

        var started = await consents.StartBankIdAsync(order);
        var step = started;
        for (var polls = 0; step.Pending && polls < 10; polls++)
            step = await consents.CollectAsync(order, started.SignatureId!);

        // Ecster's order shows no consent (docs §7.3): the signature's COMPLETE is recorded on the order by the plugin.
        var json = await _h.Attributes.GetAttributeAsync<string>(order, EcsterDefaults.DebitConsentAttributeKey);
        var record = Newtonsoft.Json.Linq.JObject.Parse(json);
        Assert.That((string?)record["signatureId"], Is.EqualTo(started.SignatureId));
        Assert.That((DateTime?)record["signedAtUtc"], Is.EqualTo(DateTime.UtcNow).Within(TimeSpan.FromMinutes(1)));
        Assert.That((await consents.StateAsync(order)).Status, Is.EqualTo(DebitConsentState.Signed));
        Assert.That((await _h.LedgerOfAsync(order)).Entries, Is.Empty, "the consent is no money movement");
        Assert.That(_h.NotesOf(order).Count(n => n.Contains("signed with BankID")), Is.EqualTo(1));
    }

    [Test]
    public async Task A_consent_signed_while_nobody_collected_it_is_settled_by_reading_at_the_capture()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m, Channel.Store);
        var started = await _h.NewConsents().StartBankIdAsync(order);
        // The customer signs on their phone; the admin closed the panel before it saw COMPLETE.
        var signature = await _h.Client.CollectDebitConsentAsync(ecster.Id, started.SignatureId!);
        while (SignatureStatus.IsPending(signature.Status))
            signature = await _h.Client.CollectDebitConsentAsync(ecster.Id, started.SignatureId!);
        Assert.That(signature.Status, Is.EqualTo(SignatureStatus.Complete));

        var capture = await _h.NewMoneyMovements().CaptureAsync(new CapturePaymentRequest { Order = order });

        Assert.That(capture.Success, Is.True, string.Join(" ", capture.Errors));
        Assert.That(_h.SandboxTransactions(ecster.Id, "DEBIT"), Has.Count.EqualTo(1));
        Assert.That((await _h.NewConsents().StateAsync(order)).Status, Is.EqualTo(DebitConsentState.Signed));
    }

    [Test]
    public async Task An_e_commerce_order_needs_no_consent_and_records_none()
    {
        var (order, _) = await _h.PlaceOrderAsync(1_000m);

        Assert.That((await _h.NewConsents().StateAsync(order)).Required, Is.False);
        var capture = await _h.NewMoneyMovements().CaptureAsync(new CapturePaymentRequest { Order = order });
        Assert.That(capture.Success, Is.True, string.Join(" ", capture.Errors));
        Assert.That(await _h.Attributes.GetAttributeAsync<string>(order, EcsterDefaults.DebitConsentAttributeKey), Is.Null.Or.Empty);
    }

    [Test]
    public async Task An_e_commerce_order_cannot_take_a_consent_and_says_so()
    {
        var (order, _) = await _h.PlaceOrderAsync(1_000m);

        var step = await _h.NewConsents().StartBankIdAsync(order);

        Assert.That(step.Error, Does.Contain("not in a state"));
    }
}
