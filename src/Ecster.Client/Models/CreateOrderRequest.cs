namespace Ecster.Client.Models;

/// <summary>Body of POST /orders (docs §7.2).</summary>
public sealed class CreateOrderRequest
{
    /// <summary>
    /// The shop's unique reference. Makes the create idempotent (docs §1.2), so the client retries it; without
    /// one a failed create is never retried and ends as <see cref="EcsterErrorKind.UnknownOutcome"/>.
    /// </summary>
    public string? OrderReference { get; set; }

    public string Ticket { get; set; } = string.Empty;

    public string PaymentOptionId { get; set; } = string.Empty;

    /// <summary>See <see cref="Models.Channel"/>.</summary>
    public string Channel { get; set; } = Models.Channel.Ecommerce;

    public Cart Cart { get; set; } = new();

    /// <summary>Where Ecster posts order event notifications (docs §10).</summary>
    public string? NotificationUrl { get; set; }
}
