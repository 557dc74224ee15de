namespace Nop.Plugin.Payments.Ecster.Services.Checkout;

/// <summary>
/// Where one customer is in the payment step, kept on the server only. It never holds the personal number: the
/// shopper's page sends it with the requests that need it, and Ecster's answers (eID id, ticket) stand in for it.
/// </summary>
public sealed record CheckoutState
{
    /// <summary>ECOMMERCE, or STORE when staff identified the customer in a physical store.</summary>
    public string Channel { get; init; } = global::Ecster.Client.Models.Channel.Ecommerce;

    /// <summary>The eID being collected (Ecster's identification id); null once it finished.</summary>
    public string? EidId { get; init; }

    /// <summary>SE_BANKID or SE_BANKID_MOBILE: the ticket names the method the eID was started with.</summary>
    public string? EidMethod { get; init; }

    public string? Ticket { get; init; }

    public DateTimeOffset? TicketExpiresAt { get; init; }

    /// <summary>The exact cart total the <see cref="Options"/> were given for.</summary>
    public decimal? OptionsAmount { get; init; }

    public IReadOnlyList<OfferedOption> Options { get; init; } = [];

    /// <summary>The option the shopper chose on the payment step (set by the form validation).</summary>
    public string? ChosenOptionId { get; init; }

    /// <summary>This state with Ecster's new ticket and no options yet.</summary>
    public CheckoutState WithTicket(global::Ecster.Client.Models.IdentificationTicket ticket) =>
        this with { EidId = null, EidMethod = null, Ticket = ticket.Id, TicketExpiresAt = ticket.ValidTo, Options = [], OptionsAmount = null, ChosenOptionId = null };

    public bool HasLiveTicket(DateTimeOffset now) => Ticket is not null && (TicketExpiresAt is null || TicketExpiresAt > now);

    public OfferedOption? Offered(string? optionId) => Options.FirstOrDefault(o => o.Id == optionId);
}

/// <summary>An option Ecster offered, as much of it as the order needs later.</summary>
/// <param name="AllowsRecipient">
/// Ecster's <c>allowAlternateRecipient</c> (docs §6): only then does the order carry the delivery recipient. An
/// option that does not say is taken as not allowing one, so nothing is sent that Ecster may refuse.
/// </param>
public sealed record OfferedOption(string Id, string Description, string? PaymentMethod, int Months, bool AllowsRecipient);
