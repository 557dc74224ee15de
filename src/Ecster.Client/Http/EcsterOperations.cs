namespace Ecster.Client.Http;

/// <summary>The endpoints of docs/ecster-api.md sections 2 to 9, in one list.</summary>
internal static class EcsterOperations
{
    private const string Root = "/rest/public/v1";

    public static readonly EcsterOperation GetPaymentMethods =
        new("GetPaymentMethods", HttpMethod.Get, Root + "/paymentmethods", OperationEffect.None);

    public static readonly EcsterOperation GetPaymentMethodTerms =
        new("GetPaymentMethodTerms", HttpMethod.Get, Root + "/paymentmethods/terms", OperationEffect.None);

    public static readonly EcsterOperation StartEid =
        new("StartEid", HttpMethod.Post, Root + "/identification/eid", OperationEffect.StartsBankId);

    // Assumed path (docs §13 A1): the collect call is documented without one.
    public static readonly EcsterOperation CollectEid =
        new("CollectEid", HttpMethod.Get, Root + "/identification/eid/{id}", OperationEffect.None);

    public static readonly EcsterOperation CreateTicket =
        new("CreateTicket", HttpMethod.Post, Root + "/identification/tickets", OperationEffect.None);

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
