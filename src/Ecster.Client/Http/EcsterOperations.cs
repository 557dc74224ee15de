namespace Ecster.Client.Http;

/// <summary>The endpoints of docs/ecster-api.md sections 2 to 9, in one list.</summary>
internal static class EcsterOperations
{
    private const string Root = "/rest/public/v1";

    public static readonly EcsterOperation GetPaymentMethods =
        new("GetPaymentMethods", HttpMethod.Get, Root + "/paymentmethods", OperationEffect.None);

    public static readonly EcsterOperation GetPaymentMethodTerms =
        new("GetPaymentMethodTerms", HttpMethod.Get, Root + "/paymentmethods/terms", OperationEffect.None);

    public static readonly EcsterOperation StartBankIdIdentification =
        new("StartBankIdIdentification", HttpMethod.Post, Root + "/identifications/bankid", OperationEffect.StartsBankId);

    public static readonly EcsterOperation CollectBankIdIdentification =
        new("CollectBankIdIdentification", HttpMethod.Get, Root + "/identifications/bankid/{orderRef}", OperationEffect.None);

    public static readonly EcsterOperation CancelBankIdIdentification =
        new("CancelBankIdIdentification", HttpMethod.Delete, Root + "/identifications/bankid/{orderRef}", OperationEffect.None);

    public static readonly EcsterOperation IdentifyByIdDocument =
        new("IdentifyByIdDocument", HttpMethod.Post, Root + "/identifications/iddocument", OperationEffect.None);

    public static readonly EcsterOperation CreateTicket =
        new("CreateTicket", HttpMethod.Post, Root + "/tickets", OperationEffect.None);

    public static readonly EcsterOperation GetPaymentOptions =
        new("GetPaymentOptions", HttpMethod.Get, Root + "/paymentoptions/", OperationEffect.None);

    public static readonly EcsterOperation CreateOrder =
        new("CreateOrder", HttpMethod.Post, Root + "/orders", OperationEffect.ChangesState);

    public static readonly EcsterOperation GetOrder =
        new("GetOrder", HttpMethod.Get, Root + "/orders/{orderId}", OperationEffect.None);

    public static readonly EcsterOperation FindOrdersByReference =
        new("FindOrdersByReference", HttpMethod.Get, Root + "/orders/?orderReference={orderReference}", OperationEffect.None);

    public static readonly EcsterOperation UpdateOrder =
        new("UpdateOrder", HttpMethod.Put, Root + "/orders/{orderId}", OperationEffect.ChangesState);

    public static readonly EcsterOperation UpdateOrderReference =
        new("UpdateOrderReference", HttpMethod.Put, Root + "/orders/{orderId}/orderReference", OperationEffect.ChangesState);

    public static readonly EcsterOperation StartDebitConsent =
        new("StartDebitConsent", HttpMethod.Post, Root + "/orders/{orderId}/signatures", OperationEffect.ChangesState);

    public static readonly EcsterOperation CollectDebitConsent =
        new("CollectDebitConsent", HttpMethod.Get, Root + "/orders/{orderId}/signatures/{signatureId}", OperationEffect.None);

    public static readonly EcsterOperation Debit =
        new("Debit", HttpMethod.Post, Root + "/orders/{orderId}/transactions", OperationEffect.ChangesState);

    public static readonly EcsterOperation Credit =
        new("Credit", HttpMethod.Post, Root + "/orders/{orderId}/transactions", OperationEffect.ChangesState);

    public static readonly EcsterOperation Annul =
        new("Annul", HttpMethod.Post, Root + "/orders/{orderId}/transactions", OperationEffect.ChangesState);

    /// <summary>Builds the real path: the template with each <c>{name}</c> replaced by its escaped value.</summary>
    public static string Path(EcsterOperation operation, params (string Name, string Value)[] values)
    {
        var path = operation.PathTemplate;
        foreach (var (name, value) in values)
            path = path.Replace("{" + name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);

        return path;
    }
}
