using Nop.Plugin.Payments.Ecster.Services.Api;
using Ecster.Client;
using Ecster.Client.Models;
using NopOrder = Nop.Core.Domain.Orders.Order;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice.Consent;

/// <summary>
/// The debit consent an in-person order needs before its first debit (docs §8): the consumer signs a
/// DEBIT_CONSENT signature with mobile BankID at the counter, started and collected like an eID. Ecster enforces
/// it; this starts and follows it, with a note on the order at each step, and records it on the order
/// (<see cref="DebitConsentRecords"/>) because Ecster's order shows no consent. A signature whose collect the
/// admin did not wait for is settled later by reading it once, never by signing again. A consent on paper is not
/// documented by Ecster, so none is offered; no QR data exists either, so the page shows the status and the link.
/// </summary>
public class DebitConsents
{
    private readonly IStoreEcsterClients _clients;
    private readonly OrderNotes _notes;
    private readonly DebitConsentRecords _records;
    private readonly BackOfficeTexts _texts;
    private readonly TimeProvider _time;

    public DebitConsents(IStoreEcsterClients clients, OrderNotes notes, DebitConsentRecords records, BackOfficeTexts texts, TimeProvider time)
    {
        _clients = clients;
        _notes = notes;
        _records = records;
        _texts = texts;
        _time = time;
    }

    /// <summary>Starts the consumer's mobile BankID signing of the debit consent.</summary>
    public Task<ConsentStep> StartBankIdAsync(NopOrder order) =>
        RunAsync(order, async (client, ecsterId) =>
        {
            var signature = await client.StartDebitConsentAsync(ecsterId, IdentificationMethod.MobileBankId);
            await _notes.AddAsync(order, "ConsentStarted", signature.Id);
            // Kept at once: if nobody collects it here, the capture or the panel settles it by reading.
            if ((await _records.LoadAsync(order))?.IsSigned != true)
                await _records.SaveAsync(order, new DebitConsentRecord { SignatureId = signature.Id });
            return Step(signature);
        });

    /// <summary>Collects a signing started by <see cref="StartBankIdAsync"/>.</summary>
    public Task<ConsentStep> CollectAsync(NopOrder order, string signatureId) =>
        RunAsync(order, async (client, ecsterId) =>
        {
            var signature = await client.CollectDebitConsentAsync(ecsterId, signatureId);
            if (!await RecordAsync(order, signature) && !SignatureStatus.IsPending(signature.Status) && !SignatureStatus.IsComplete(signature.Status))
                await _notes.AddAsync(order, "ConsentFailed", signature.Id, signature.Status);
            return Step(signature);
        });

    /// <summary>
    /// The order's consent as the plugin knows it: not required (e-commerce), signed, missing, or started and not yet
    /// known; a started one is collected once here, so a signature completed while nobody watched counts.
    /// </summary>
    public async Task<DebitConsentState> StateAsync(NopOrder order)
    {
        if (!EcsterOrders.IsEcsterOrder(order) || !await _records.IsRequiredAsync(order))
            return new DebitConsentState(false, DebitConsentState.NotRequired, null);
        var record = await _records.LoadAsync(order);
        if (record is null or { SignatureId.Length: 0 })
            return new DebitConsentState(true, DebitConsentState.Missing, null);
        if (record.IsSigned)
            return new DebitConsentState(true, DebitConsentState.Signed, record.SignedAtUtc);

        var client = await _clients.ForStoreAsync(order.StoreId);
        if (client is null)
            return new DebitConsentState(true, DebitConsentState.Unknown, null);
        try
        {
            var signature = await client.CollectDebitConsentAsync(EcsterOrders.EcsterOrderId(order), record.SignatureId);
            await RecordAsync(order, signature);
            if (SignatureStatus.IsComplete(signature.Status))
                return new DebitConsentState(true, DebitConsentState.Signed, (await _records.LoadAsync(order))?.SignedAtUtc);
            return new DebitConsentState(true, SignatureStatus.IsPending(signature.Status) ? DebitConsentState.Pending : DebitConsentState.Missing, null);
        }
        catch (EcsterApiException)
        {
            return new DebitConsentState(true, DebitConsentState.Unknown, null);
        }
    }

    /// <summary>Records a COMPLETE signature once (true), or forgets a started one that ended unsigned.</summary>
    private async Task<bool> RecordAsync(NopOrder order, Signature signature)
    {
        var record = await _records.LoadAsync(order);
        if (SignatureStatus.IsComplete(signature.Status))
        {
            if (record?.IsSigned == true)
                return true;
            await _records.SaveAsync(order, new DebitConsentRecord { SignatureId = signature.Id, SignedAtUtc = _time.GetUtcNow().UtcDateTime });
            await _notes.AddAsync(order, "ConsentSigned", signature.Id);
            return true;
        }

        if (!SignatureStatus.IsPending(signature.Status) && record is { IsSigned: false } && record.SignatureId == signature.Id)
            await _records.ForgetAsync(order);
        return false;
    }

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

    private static ConsentStep Step(Signature signature) => new()
    {
        SignatureId = signature.Id,
        Status = signature.Status,
        Pending = SignatureStatus.IsPending(signature.Status),
        Signed = SignatureStatus.IsComplete(signature.Status),
        // Only a BankID link: anything else from outside never becomes a link on the admin's page.
        StartUrl = signature.StartUrl is { } url && url.StartsWith("bankid:", StringComparison.OrdinalIgnoreCase) ? url : null,
        PollTime = Math.Clamp(signature.PollTime ?? 2000, 1000, 10_000)
    };
}

/// <summary>One step of a debit consent as the admin page sees it.</summary>
public sealed class ConsentStep
{
    public string? SignatureId { get; init; }

    public string? Status { get; init; }

    /// <summary>Collect again after <see cref="PollTime"/> ms.</summary>
    public bool Pending { get; init; }

    public bool Signed { get; init; }

    /// <summary>Opens BankID on the device showing the page (docs §8's <c>startURL</c>).</summary>
    public string? StartUrl { get; init; }

    /// <summary>Ecster's poll time, kept between 1 and 10 seconds so a broken answer neither floods nor stalls.</summary>
    public int PollTime { get; init; }

    public string? Error { get; init; }

    public static ConsentStep Failed(string error) => new() { Error = error };
}
