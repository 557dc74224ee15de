namespace Nop.Plugin.Payments.Ecster.Services.Checkout;

/// <summary>
/// Where one customer is in the payment step, kept on the server only. It never holds the personal number: the
/// shopper types it for one request, and Ecster's answers (ticket, identification id) stand in for it afterwards.
/// </summary>
public sealed record CheckoutState
{
    /// <summary>ECOMMERCE, or STORE when staff identified the customer in a physical store.</summary>
    public string Channel { get; init; } = global::Ecster.Client.Models.Channel.Ecommerce;

    /// <summary>The BankID order being collected; null once it finished or was cancelled.</summary>
    public string? BankIdOrderRef { get; init; }

    /// <summary>For the animated QR code; the secret never leaves the server.</summary>
    public string? QrStartToken { get; init; }

    public string? QrStartSecret { get; init; }

    /// <summary>When our server received the BankID start (the QR code's time counts from here).</summary>
    public DateTimeOffset? QrStartedAt { get; init; }

    public string? IdentificationId { get; init; }

    public string? Ticket { get; init; }

    public DateTimeOffset? TicketExpiresAt { get; init; }

    /// <summary>The exact cart total the <see cref="Options"/> were given for.</summary>
    public decimal? OptionsAmount { get; init; }

    public IReadOnlyList<OfferedOption> Options { get; init; } = [];

    /// <summary>The option the shopper chose on the payment step (set by the form validation).</summary>
    public string? ChosenOptionId { get; init; }

    public bool HasLiveTicket(DateTimeOffset now) => Ticket is not null && (TicketExpiresAt is null || TicketExpiresAt > now);

    public OfferedOption? Offered(string? optionId) => Options.FirstOrDefault(o => o.Id == optionId);
}

/// <summary>An option Ecster offered, as much of it as the order needs later.</summary>
public sealed record OfferedOption(string Id, string Description, string? PaymentMethod, int Months);
