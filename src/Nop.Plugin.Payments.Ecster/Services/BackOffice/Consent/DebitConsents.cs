using Nop.Plugin.Payments.Ecster.Services.Api;
using Ecster.Client;
using Ecster.Client.Models;
using NopOrder = Nop.Core.Domain.Orders.Order;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice.Consent;

/// <summary>
/// The debit consent a physical-store order needs before its first debit: the consumer signs it with BankID at the
/// counter (QR code or this device), or staff records a consent the consumer signed on paper. Ecster enforces it
/// (DEBIT_CONSENT_REQUIRED); this only starts, follows and records it, with a note on the order at each step.
/// </summary>
public class DebitConsents
{
    private readonly IStoreEcsterClients _clients;
    private readonly OrderNotes _notes;
    private readonly BackOfficeTexts _texts;
    private readonly TimeProvider _timeProvider;

    public DebitConsents(IStoreEcsterClients clients, OrderNotes notes, BackOfficeTexts texts, TimeProvider timeProvider)
    {
        _clients = clients;
        _notes = notes;
        _texts = texts;
        _timeProvider = timeProvider;
    }

    /// <summary>Starts a BankID signing for the order's consumer; the result carries the QR and autostart data.</summary>
    public Task<ConsentStep> StartBankIdAsync(NopOrder order, string endUserIp) =>
        RunAsync(order, async (client, ecsterId) =>
        {
            var consent = await client.StartDebitConsentAsync(ecsterId, new StartDebitConsentRequest
            {
                Method = DebitConsentMethod.BankId,
                EndUserIp = string.IsNullOrWhiteSpace(endUserIp) ? "127.0.0.1" : endUserIp
            });
            await _notes.AddAsync(order, "ConsentStarted", consent.ConsentId, BackOfficeTexts.Sek(consent.MaxAmount ?? 0));
            return Step(consent);
        });

    /// <summary>Polls a BankID signing started by <see cref="StartBankIdAsync"/>.</summary>
    public Task<ConsentStep> CollectAsync(NopOrder order, string consentId) =>
        RunAsync(order, async (client, ecsterId) =>
        {
            var consent = await client.CollectDebitConsentAsync(ecsterId, consentId);
            if (consent.Status == DebitConsentStatus.Signed)
                await _notes.AddAsync(order, "ConsentSigned", consent.ConsentId, BackOfficeTexts.Sek(consent.MaxAmount ?? 0));
            else if (consent.Status == DebitConsentStatus.Failed)
                await _notes.AddAsync(order, "ConsentFailed", consent.ConsentId, consent.HintCode ?? "-");
            return Step(consent);
        });

    /// <summary>Records a paper consent the consumer signed in front of <paramref name="staff"/> (an id, not a name).</summary>
    public Task<ConsentStep> RecordPaperAsync(NopOrder order, string staff) =>
        RunAsync(order, async (client, ecsterId) =>
        {
            var consent = await client.StartDebitConsentAsync(ecsterId, new StartDebitConsentRequest
            {
                Method = DebitConsentMethod.Paper,
                SignedBy = staff
            });
            await _notes.AddAsync(order, "ConsentPaper", consent.ConsentId, staff, BackOfficeTexts.Sek(consent.MaxAmount ?? 0));
            return Step(consent);
        });

    private async Task<ConsentStep> RunAsync(NopOrder order, Func<IEcsterClient, string, Task<ConsentStep>> step)
    {
        if (!EcsterOrders.IsEcsterOrder(order))
            return ConsentStep.Failed(await _texts.GetAsync("Errors.NotEcsterOrder"));
        var client = await _clients.ForStoreAsync(order.StoreId);
        if (client is null)
            return ConsentStep.Failed(await _texts.GetAsync("Errors.NotConfigured"));
        try
        {
            return await step(client, EcsterOrders.EcsterOrderId(order));
        }
        catch (EcsterApiException error)
        {
            return ConsentStep.Failed(await _texts.ErrorAsync(error));
        }
    }

    private ConsentStep Step(DebitConsent consent)
    {
        // The first QR frame is computed here so the page shows a code at once; later frames come from collect.
        var qr = consent.QrData;
        if (qr is null && consent.QrStartToken is { } token && consent.QrStartSecret is { } secret)
        {
            var seconds = consent.StartedAt is { } started ? (int)Math.Max(0, (_timeProvider.GetUtcNow() - started).TotalSeconds) : 0;
            qr = BankIdQrCode.Compute(token, secret, seconds);
        }

        return new ConsentStep
        {
            ConsentId = consent.ConsentId,
            Status = consent.Status,
            HintCode = consent.HintCode,
            QrData = qr,
            // Drawn here, with the checkout's renderer, so the page shows a code to scan, not its text.
            QrSvg = qr is null ? null : Checkout.BankIdQrRenderer.ToSvg(qr),
            AutoStartToken = consent.AutoStartToken
        };
    }
}

/// <summary>One step of a debit consent as the admin page sees it (no secrets: the QR secret stays here).</summary>
public sealed class ConsentStep
{
    public string? ConsentId { get; init; }

    public string? Status { get; init; }

    public string? HintCode { get; init; }

    public string? QrData { get; init; }

    /// <summary>The QR code of <see cref="QrData"/> as an SVG document, for the page to show as an image.</summary>
    public string? QrSvg { get; init; }

    public string? AutoStartToken { get; init; }

    public string? Error { get; init; }

    public static ConsentStep Failed(string error) => new() { Error = error };
}
