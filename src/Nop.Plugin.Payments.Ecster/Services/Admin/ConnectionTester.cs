using Ecster.Client;
using Ecster.Client.Models;
using Nop.Plugin.Payments.Ecster.Services.Api;

namespace Nop.Plugin.Payments.Ecster.Services.Admin;

/// <summary>
/// The admin's "Test connection": asks Ecster for its payment methods with settings that need not be saved yet,
/// and sorts the answer into what the shop owner can act on (fix the key, check the network, or all good).
/// </summary>
public class ConnectionTester
{
    private readonly EcsterClientProvider _clients;

    public ConnectionTester(EcsterClientProvider clients)
    {
        _clients = clients;
    }

    // Ecster's methods call needs an amount; 1 000 kr is one every method takes, so the answer lists them all.
    internal static readonly PaymentMethodsQuery ProbeQuery = new() { Amount = 1_000m };

    public async Task<ConnectionTestOutcome> TestAsync(EcsterSettings settings, CancellationToken cancellationToken = default)
    {
        IEcsterClient? client;
        try
        {
            client = _clients.ForSettings(settings);
        }
        catch (ArgumentException)
        {
            // The options were refused before any call (the message names the option, never a value).
            return ConnectionTestOutcome.Failed(ConnectionTestStatus.UnexpectedAnswer);
        }

        if (client is null)
            return ConnectionTestOutcome.Failed(ConnectionTestStatus.NoKeys);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(EcsterDefaults.ConnectionTestTimeout);
        try
        {
            var answer = await client.GetPaymentMethodsAsync(ProbeQuery, timeout.Token);
            var names = answer.PaymentMethods
                .Select(m => string.IsNullOrWhiteSpace(m.Description) ? m.Name : m.Description!)
                .ToList();
            return new ConnectionTestOutcome(ConnectionTestStatus.Ok, names);
        }
        catch (EcsterApiException ex) when (ex.Kind == EcsterErrorKind.Authentication)
        {
            return ConnectionTestOutcome.Failed(ConnectionTestStatus.WrongKey, ex.HttpStatus);
        }
        catch (EcsterApiException ex) when (ex.Kind is EcsterErrorKind.Transient or EcsterErrorKind.UnknownOutcome)
        {
            return ConnectionTestOutcome.Failed(ConnectionTestStatus.Unreachable, ex.HttpStatus);
        }
        catch (EcsterApiException ex)
        {
            return ConnectionTestOutcome.Failed(ConnectionTestStatus.UnexpectedAnswer, ex.HttpStatus);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException ||
                                   (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // Our own time limit, or a failure below the client's error handling: no usable answer either way.
            return ConnectionTestOutcome.Failed(ConnectionTestStatus.Unreachable);
        }
    }
}
