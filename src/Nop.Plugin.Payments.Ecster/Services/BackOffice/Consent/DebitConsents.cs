using Nop.Plugin.Payments.Ecster.Services.Api;
using Ecster.Client;
using Ecster.Client.Models;
using NopOrder = Nop.Core.Domain.Orders.Order;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice.Consent;

/// <summary>
/// The debit consent an in-person order needs before its first debit (docs §8): the consumer signs a
/// DEBIT_CONSENT signature with mobile BankID at the counter, started and collected like an eID. Ecster enforces
/// it; this only starts, follows and records it, with a note on the order at each step. A consent on paper is not
/// documented by Ecster, so none is offered; no QR data exists either, so the page shows the status and the link.
/// </summary>
public class DebitConsents
{
    private readonly IStoreEcsterClients _clients;
    private readonly OrderNotes _notes;
    private readonly BackOfficeTexts _texts;

    public DebitConsents(IStoreEcsterClients clients, OrderNotes notes, BackOfficeTexts texts)
    {
        _clients = clients;
        _notes = notes;
        _texts = texts;
    }

    /// <summary>Starts the consumer's mobile BankID signing of the debit consent.</summary>
    public Task<ConsentStep> StartBankIdAsync(NopOrder order) =>
        RunAsync(order, async (client, ecsterId) =>
        {
            var signature = await client.StartDebitConsentAsync(ecsterId, IdentificationMethod.MobileBankId);
            await _notes.AddAsync(order, "ConsentStarted", signature.Id);
            return Step(signature);
        });

    /// <summary>Collects a signing started by <see cref="StartBankIdAsync"/>.</summary>
    public Task<ConsentStep> CollectAsync(NopOrder order, string signatureId) =>
        RunAsync(order, async (client, ecsterId) =>
        {
            var signature = await client.CollectDebitConsentAsync(ecsterId, signatureId);
            if (SignatureStatus.IsComplete(signature.Status))
                await _notes.AddAsync(order, "ConsentSigned", signature.Id);
            else if (!SignatureStatus.IsPending(signature.Status))
                await _notes.AddAsync(order, "ConsentFailed", signature.Id, signature.Status);
            return Step(signature);
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
