using Ecster.Client.Models;

namespace Ecster.Client;

/// <summary>
/// Ecster's standalone payment API (docs/ecster-api.md). Amounts are SEK; every failure is an
/// <see cref="EcsterApiException"/> whose <see cref="EcsterApiException.Kind"/> says what to do next.
/// Cancelling the token throws <see cref="OperationCanceledException"/>: for a money movement that means the
/// outcome is unknown, exactly as <see cref="EcsterErrorKind.UnknownOutcome"/>.
/// </summary>
public interface IEcsterClient
{
    /// <summary>GET /paymentmethods with its query (§2): the methods for this amount and setting.</summary>
    /// <param name="query">Null: a Swedish e-commerce consumer, amount 0.</param>
    Task<PaymentMethodList> GetPaymentMethodsAsync(PaymentMethodsQuery? query = null, CancellationToken cancellationToken = default);

    /// <summary>GET /paymentmethods/terms with its query (§3): one method's terms for one amount.</summary>
    Task<PaymentMethodTerms> GetPaymentMethodTermsAsync(PaymentMethodTermsQuery query, CancellationToken cancellationToken = default);

    /// <summary>POST /identification/eid (§4.1): starts BankID for the named consumer. Never repeated by the client.</summary>
    Task<EidIdentification> StartEidAsync(StartEidRequest request, CancellationToken cancellationToken = default);

    /// <summary>GET /identification/eid/{id} (§4.2). Collect again after the answer's <see cref="EidIdentification.PollTime"/>.</summary>
    Task<EidIdentification> CollectEidAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>POST /identification/tickets (§5): after a complete eID, or for a document checked in person.</summary>
    Task<IdentificationTicket> CreateTicketAsync(CreateTicketRequest request, CancellationToken cancellationToken = default);

    /// <summary>GET /paymentoptions/ with its query (§6).</summary>
    Task<PaymentOptionList> GetPaymentOptionsAsync(PaymentOptionsRequest request, CancellationToken cancellationToken = default);

    /// <summary>POST /orders (§7.2). Never re-sent: a lost answer is settled by <see cref="FindOrdersByReferenceAsync"/>.</summary>
    Task<Order> CreateOrderAsync(CreateOrderRequest request, CancellationToken cancellationToken = default);

    /// <summary>GET /orders/{orderId} (§7.4).</summary>
    Task<Order> GetOrderAsync(string orderId, CancellationToken cancellationToken = default);

    /// <summary>GET /orders/?orderReference= (§7.4, a bare array): finds the order after a create whose answer was lost.</summary>
    Task<IReadOnlyList<Order>> FindOrdersByReferenceAsync(string orderReference, CancellationToken cancellationToken = default);

    /// <summary>PUT /orders/{orderId} (§7.5): every attribute again, only while READY.</summary>
    Task<Order> UpdateOrderAsync(string orderId, UpdateOrderRequest request, CancellationToken cancellationToken = default);

    /// <summary>PUT /orders/{orderId}/orderReference (§7.6).</summary>
    Task<Order> UpdateOrderReferenceAsync(string orderId, string orderReference, CancellationToken cancellationToken = default);

    /// <summary>POST /orders/{orderId}/signatures, a DEBIT_CONSENT signed with BankID (§8).</summary>
    /// <param name="identificationMethod"><c>SE_BANKID_MOBILE</c> (Ecster's example) or <c>SE_BANKID</c>.</param>
    Task<Signature> StartDebitConsentAsync(string orderId, string identificationMethod = IdentificationMethod.MobileBankId,
        CancellationToken cancellationToken = default);

    /// <summary>GET /orders/{orderId}/signatures/{signatureId} (§8): collect every <see cref="Signature.PollTime"/> ms.</summary>
    Task<Signature> CollectDebitConsentAsync(string orderId, string signatureId, CancellationToken cancellationToken = default);

    /// <summary>POST /orders/{orderId}/transactions, type DEBIT (§9).</summary>
    Task<TransactionResult> DebitAsync(string orderId, DebitRequest request, CancellationToken cancellationToken = default);

    /// <summary>POST /orders/{orderId}/transactions, type CREDIT (§9).</summary>
    Task<TransactionResult> CreditAsync(string orderId, CreditRequest request, CancellationToken cancellationToken = default);

    /// <summary>POST /orders/{orderId}/transactions, type ANNUL (§9).</summary>
    Task<TransactionResult> AnnulAsync(string orderId, AnnulRequest request, CancellationToken cancellationToken = default);
}
