using Ecster.Client;
using Nop.Core.Domain.Customers;
using Nop.Services.Logging;

namespace Nop.Plugin.Payments.Ecster.Services.Api;

/// <summary>
/// Ecster's failures written to nopCommerce's log (Admin → System → Log), where a shop owner looks. What the owner
/// must act on (keys refused, Ecster unreachable or answering nonsense) is an error or a warning; a shopper's own
/// refusal (credit declined, bad input) is information. The text holds Ecster's code and request id for support;
/// the client's exception messages mask personal numbers and never carry keys.
/// </summary>
public static class EcsterLog
{
    public static Task EcsterFailedAsync(this ILogger logger, string what, Exception error, Customer? customer = null)
    {
        if (error is not EcsterApiException ecster)
            return logger.ErrorAsync($"Ecster: {what}.", error, customer!);

        var message = $"Ecster: {what}: {ecster.Kind}, code {ecster.Code ?? "-"}, request id {ecster.RequestId ?? "-"}.";
        return ecster.Kind switch
        {
            EcsterErrorKind.Authentication => logger.ErrorAsync(message, error, customer!),
            EcsterErrorKind.Declined or EcsterErrorKind.InvalidRequest or EcsterErrorKind.Conflict => logger.InformationAsync(message, error, customer!),
            _ => logger.WarningAsync(message, error, customer!)
        };
    }
}
