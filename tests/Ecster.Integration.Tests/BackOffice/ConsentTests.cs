using Ecster.Client;
using Ecster.Client.Models;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Ecster.Services.BackOffice;
using Nop.Services.Payments;

namespace Ecster.Integration.Tests.BackOffice;

/// <summary>Physical-store orders: no debit without the customer's signed consent, by BankID or on paper.</summary>
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
    public async Task After_a_recorded_paper_consent_the_capture_goes_through()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m, Channel.Store);

        var consent = await _h.NewConsents().RecordPaperAsync(order, "admin-7");
        var result = await _h.NewMoneyMovements().CaptureAsync(new CapturePaymentRequest { Order = order });

        Assert.That(consent.Error, Is.Null);
        Assert.That(consent.Status, Is.EqualTo(DebitConsentStatus.Signed));
        Assert.That(result.Success, Is.True, string.Join(" ", result.Errors));
        Assert.That(result.NewPaymentStatus, Is.EqualTo(PaymentStatus.Paid));
        Assert.That(_h.SandboxTransactions(ecster.Id, "DEBIT"), Has.Count.EqualTo(1));
        Assert.That(_h.NotesOf(order), Has.Some.Contains("paper debit consent").And.Some.Contains("admin-7"));
    }

    [Test]
    public async Task A_BankID_consent_shows_a_QR_code_and_is_signed_after_polling()
    {
        var (order, _) = await _h.PlaceOrderAsync(1_000m, Channel.Store);
        var consents = _h.NewConsents();

        var started = await consents.StartBankIdAsync(order, "203.0.113.7");
        var step = started;
        for (var polls = 0; step.Status == DebitConsentStatus.Pending && polls < 10; polls++)
            step = await consents.CollectAsync(order, started.ConsentId!);

        Assert.That(started.Error, Is.Null);
        Assert.That(started.QrData, Does.StartWith("bankid."));
        Assert.That(started.QrSvg, Does.StartWith("<?xml").Or.StartWith("<svg").And.Contains("</svg>"));
        Assert.That(step.Status, Is.EqualTo(DebitConsentStatus.Signed));
        var capture = await _h.NewMoneyMovements().CaptureAsync(new CapturePaymentRequest { Order = order });
        Assert.That(capture.Success, Is.True, string.Join(" ", capture.Errors));
    }

    [Test]
    public async Task An_e_commerce_order_cannot_take_a_consent_and_says_so()
    {
        var (order, _) = await _h.PlaceOrderAsync(1_000m);

        var step = await _h.NewConsents().RecordPaperAsync(order, "admin-7");

        Assert.That(step.Error, Does.Contain("not in a state"));
    }
}
