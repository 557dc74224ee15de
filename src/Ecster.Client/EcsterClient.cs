using Ecster.Client.Http;
using Ecster.Client.Models;
using Ecster.Client.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Ops = Ecster.Client.Http.EcsterOperations;

namespace Ecster.Client;

/// <summary>
/// The typed Ecster client. Normally made by <see cref="IEcsterClientFactory"/>, whose HttpClient carries the
/// timeouts, retries and circuit breaker; constructed directly over a plain HttpClient it makes single tries.
/// The HTTP mechanics (headers, logging, error mapping) live in EcsterClient.Transport.cs.
/// </summary>
public sealed partial class EcsterClient : IEcsterClient
{
    public EcsterClient(HttpClient httpClient, EcsterClientOptions options, ILogger<EcsterClient>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        _http = httpClient;
        _logger = logger ?? NullLogger<EcsterClient>.Instance;
        _baseUrl = options.BaseUrl.ToString().TrimEnd('/');
        _apiKey = options.ApiKey;
        _merchantKey = options.MerchantKey;
        _resilience = ResilienceSettings.From(options);
    }

    public Task<PaymentMethodList> GetPaymentMethodsAsync(PaymentMethodsQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new PaymentMethodsQuery();
        var parameters = new QueryString()
            .Add("locale", query.Locale)
            .Add("nationality", query.Nationality)
            .Add("currency", query.Currency)
            .AddOre("amount", query.Amount)
            .Add("inPerson", query.InPerson);
        return SendAsync<PaymentMethodList>(Ops.GetPaymentMethods, Ops.Path(Ops.GetPaymentMethods) + parameters, null, false, cancellationToken);
    }

    public Task<PaymentMethodTerms> GetPaymentMethodTermsAsync(PaymentMethodTermsQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentException.ThrowIfNullOrWhiteSpace(query.PaymentMethod);
        var parameters = new QueryString()
            .Add("locale", query.Locale)
            .Add("nationality", query.Nationality)
            .Add("paymentMethod", query.PaymentMethod)
            .AddOre("amount", query.Amount)
            .Add("currency", query.Currency);
        return SendAsync<PaymentMethodTerms>(Ops.GetPaymentMethodTerms, Ops.Path(Ops.GetPaymentMethodTerms) + parameters, null, false, cancellationToken);
    }

    public Task<EidIdentification> StartEidAsync(StartEidRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Type);
        RequireSet(request.NationalId, nameof(request.NationalId));
        return SendAsync<EidIdentification>(Ops.StartEid, Ops.Path(Ops.StartEid), request, false, cancellationToken);
    }

    public Task<EidIdentification> CollectEidAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return SendAsync<EidIdentification>(Ops.CollectEid, Ops.Path(Ops.CollectEid, ("id", id)), null, false, cancellationToken);
    }

    public Task<IdentificationTicket> CreateTicketAsync(CreateTicketRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Identification);
        ArgumentNullException.ThrowIfNull(request.Locale);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Identification.Method);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Identification.Identifier);
        RequireSet(request.NationalId, nameof(request.NationalId));
        // A document is checked by a sales person: Ecster refuses it without inPerson and without its expiry.
        if (IdentificationDocument.IsDocument(request.Identification.Method)
            && (!request.InPerson || request.Identification.Month is not (>= 1 and <= 12) || request.Identification.Year is not (>= 1000 and <= 9999)))
            throw new ArgumentException("A document ticket needs inPerson and the document's expiry month and year.", nameof(request));
        return SendAsync<IdentificationTicket>(Ops.CreateTicket, Ops.Path(Ops.CreateTicket), request, false, cancellationToken);
    }

    public Task<PaymentOptionList> GetPaymentOptionsAsync(PaymentOptionsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Ticket);
        var query = new QueryString()
            .Add("ticket", request.Ticket)
            .AddOre("amount", request.Amount)
            .Add("currency", request.Currency)
            .AddOre("invoiceFee", request.InvoiceFee)
            .AddOre("availableCredit", request.AvailableCredit);
        return SendAsync<PaymentOptionList>(Ops.GetPaymentOptions, Ops.Path(Ops.GetPaymentOptions) + query, null, false, cancellationToken);
    }

    public Task<Order> CreateOrderAsync(CreateOrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Cart);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.PaymentOption);
        // Never re-sent: Ecster documents no idempotency for orderReference (§1), so a second send could make a
        // second order. A lost answer ends as UnknownOutcome; the caller looks the reference up (§7.4).
        return SendAsync<Order>(Ops.CreateOrder, Ops.Path(Ops.CreateOrder), request, false, cancellationToken);
    }

    public Task<Order> GetOrderAsync(string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        return SendAsync<Order>(Ops.GetOrder, Ops.Path(Ops.GetOrder, ("orderId", orderId)), null, false, cancellationToken);
    }

    public async Task<IReadOnlyList<Order>> FindOrdersByReferenceAsync(string orderReference, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderReference);
        var op = Ops.FindOrdersByReference;
        // A bare JSON array (docs §7.4); the first page is enough for one reference.
        return await SendAsync<List<Order>>(op, Ops.Path(op, ("orderReference", orderReference)), null, false, cancellationToken)
            .ConfigureAwait(false);
    }

    public Task<Order> UpdateOrderAsync(string orderId, UpdateOrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        ArgumentNullException.ThrowIfNull(request);
        // A full re-send (§7.5): Ecster deletes what is left out, so an update without its cart is refused here.
        ArgumentNullException.ThrowIfNull(request.Cart);

        return SendAsync<Order>(Ops.UpdateOrder, Ops.Path(Ops.UpdateOrder, ("orderId", orderId)), request, false, cancellationToken);
    }

    public Task<Order> UpdateOrderReferenceAsync(string orderId, string orderReference, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        ArgumentException.ThrowIfNullOrWhiteSpace(orderReference);
        var op = Ops.UpdateOrderReference;
        var body = new UpdateOrderReferenceBody { OrderReference = orderReference };
        return SendAsync<Order>(op, Ops.Path(op, ("orderId", orderId)), body, false, cancellationToken);
    }

    public Task<Signature> StartDebitConsentAsync(string orderId, string identificationMethod = IdentificationMethod.MobileBankId,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        ArgumentException.ThrowIfNullOrWhiteSpace(identificationMethod);
        var op = Ops.StartDebitConsent;
        var body = new StartSignatureBody { Identification = new SignatureIdentification { Method = identificationMethod } };
        return SendAsync<Signature>(op, Ops.Path(op, ("orderId", orderId)), body, false, cancellationToken);
    }

    public Task<Signature> CollectDebitConsentAsync(string orderId, string signatureId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        ArgumentException.ThrowIfNullOrWhiteSpace(signatureId);
        var op = Ops.CollectDebitConsent;
        return SendAsync<Signature>(op, Ops.Path(op, ("orderId", orderId), ("signatureId", signatureId)), null, false, cancellationToken);
    }

    public Task<TransactionResult> DebitAsync(string orderId, DebitRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return CreateTransactionAsync(Ops.Debit, orderId, new TransactionBody
        {
            Type = TransactionType.Debit,
            Amount = request.Amount,
            Rows = request.Rows,
            TransactionReference = request.TransactionReference
        }, cancellationToken);
    }

    public Task<TransactionResult> CreditAsync(string orderId, CreditRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return CreateTransactionAsync(Ops.Credit, orderId, new TransactionBody
        {
            Type = TransactionType.Credit,
            Amount = request.Amount,
            Rows = request.Rows,
            DebitTransaction = request.DebitTransaction,
            TransactionReference = request.TransactionReference
        }, cancellationToken);
    }

    public Task<TransactionResult> AnnulAsync(string orderId, AnnulRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return CreateTransactionAsync(Ops.Annul, orderId, new TransactionBody
        {
            Type = TransactionType.Annul,
            Amount = request.Amount,
            TransactionReference = request.TransactionReference
        }, cancellationToken);
    }

    // Debit, credit and annul are one endpoint, never retried: Ecster does not deduplicate transactionReference
    // (§1.2), so a re-send after a lost answer could move money twice. The caller settles it by reading the order.
    private Task<TransactionResult> CreateTransactionAsync(
        EcsterOperation operation, string orderId, TransactionBody body, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        return SendAsync<TransactionResult>(
            operation, Ops.Path(operation, ("orderId", orderId)), body, false, cancellationToken);
    }

    // default(PersonalIdentityNumber) would fail deep in serialization; say so where the caller can see it.
    private static void RequireSet(PersonalIdentityNumber? number, string name)
    {
        if (number is { } value && value == default)
            throw new ArgumentException("The personal number is not set; use PersonalIdentityNumber.Parse.", name);
    }
}
