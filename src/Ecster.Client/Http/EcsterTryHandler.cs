namespace Ecster.Client.Http;

/// <summary>
/// One try of a call: refused at once while the host's circuit is open (<see cref="EcsterCircuitBreaker"/>), cut off
/// after the store's per-try timeout, its outcome counted by the breaker. <see cref="EcsterRetryHandler"/> sits above
/// and repeats tries; the HttpClient's own timeout bounds the whole call.
/// </summary>
/// <remarks>
/// Ours rather than Polly's: on the loopback sandbox Polly's breaker and timeout layers cost about 18 µs and 2.5 KB
/// per call, 10 % of the checkout's calls, against a lock and one timer here (bench/README.md); and the plugin's zip
/// no longer carries Polly's assemblies into a store where another plugin may load a different version.
/// </remarks>
internal sealed class EcsterTryHandler(EcsterCircuitBreakers breakers) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var breaker = breakers.For(request.RequestUri);
        if (!breaker.TryEnter())
            throw new EcsterCircuitOpenException();

        var perTry = EcsterResiliencePolicies.SettingsOf(request).PerTryTimeout;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(perTry);
        try
        {
            var response = await base.SendAsync(request, timeout.Token).ConfigureAwait(false);
            if (EcsterResiliencePolicies.IsTransient(response.StatusCode))
                breaker.OnFailure();
            else
                breaker.OnSuccess();
            return response;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            breaker.OnFailure();
            throw new EcsterTryTimeoutException(perTry);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            breaker.OnFailure();
            throw;
        }
        catch
        {
            breaker.OnNeither();
            throw;
        }
    }
}
