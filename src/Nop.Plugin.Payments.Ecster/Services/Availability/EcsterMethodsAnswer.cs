using Ecster.Client.Models;

namespace Nop.Plugin.Payments.Ecster.Services.Availability;

/// <summary>
/// What Ecster said about a store's payment methods, and until when that answer is used. <see cref="Methods"/> is
/// null when Ecster could not be asked (unreachable, wrong keys, malformed answer): the method is then hidden.
/// </summary>
public sealed record EcsterMethodsAnswer(IReadOnlyList<PaymentMethod>? Methods, DateTimeOffset UsableUntil)
{
    public bool Reached => Methods is not null;
}
