using System.Net;
using Ecster.Client.Http;
using Ecster.Client.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ecster.Client.Tests.Resilience;

/// <summary>
/// What the host's Polly circuit breaker counts as Ecster failing, and how it lets Ecster back in: through the real
/// client and policies, with a scripted Ecster behind them.
/// </summary>
public class CircuitBreakerTests
{
    private const int Limit = EcsterPolicies.FailuresBeforeBreaking;

    [TestCase(HttpStatusCode.BadRequest, false)]
    [TestCase(HttpStatusCode.NotFound, false)]
    [TestCase(HttpStatusCode.Conflict, false)]
    [TestCase(HttpStatusCode.TooManyRequests, false, TestName = "429 is Ecster working (rate limiting), not failing")]
    [TestCase(HttpStatusCode.InternalServerError, true)]
    [TestCase(HttpStatusCode.BadGateway, true)]
    [TestCase(HttpStatusCode.RequestTimeout, true)]
    public void Only_answers_that_show_Ecster_failing_count_towards_opening_the_circuit(HttpStatusCode status, bool failing)
    {
        var handler = new FakeEcsterHandler { Fallback = (_, _) => Task.FromResult(new HttpResponseMessage(status)) };
        var client = TestClients.Create(handler, o => o.MaxRetries = 0);
        const int calls = Limit + 3;

        for (var i = 0; i < calls; i++)
            Assert.ThrowsAsync<EcsterApiException>(() => client.GetOrderAsync("ECS-1"));

        Assert.That(handler.Requests, Has.Count.EqualTo(failing ? Limit : calls));
    }

    [Test]
    public void Network_errors_and_per_try_timeouts_count_and_a_callers_cancellation_does_not()
    {
        var handler = new FakeEcsterHandler { Fallback = (_, _) => throw new HttpRequestException("connection refused") };
        // Two stores on one host, so one breaker: the second store's tries time out fast.
        using var provider = TestClients.CreateProvider(handler);
        var factory = provider.GetRequiredService<IEcsterClientFactory>();
        var client = factory.Create(TestClients.Options(o => o.MaxRetries = 0));
        var hurried = factory.Create(TestClients.Options(o => { o.MaxRetries = 0; o.PerTryTimeout = TimeSpan.FromMilliseconds(20); }));
        for (var i = 0; i < 2; i++)
            Assert.ThrowsAsync<EcsterApiException>(() => client.GetOrderAsync("ECS-1"));

        handler.Fallback = async (_, token) => { await Task.Delay(Timeout.Infinite, token); return null!; };
        for (var i = 0; i < 2; i++)
            Assert.ThrowsAsync<EcsterApiException>(() => hurried.GetOrderAsync("ECS-1"));

        // Cancelled by the caller: says nothing about Ecster, so the next failure is only the fifth.
        using (var cancelled = new CancellationTokenSource(TimeSpan.FromMilliseconds(20)))
            Assert.CatchAsync<OperationCanceledException>(() => client.GetOrderAsync("ECS-1", cancelled.Token));
        handler.Fallback = (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        var requestsBeforeFifth = handler.Requests.Count;
        Assert.ThrowsAsync<EcsterApiException>(() => client.GetOrderAsync("ECS-1"));
        var requestsBeforeOpen = handler.Requests.Count;
        Assert.That(requestsBeforeOpen, Is.EqualTo(requestsBeforeFifth + 1), "after four failures and a cancellation the circuit is still closed");

        var error = Assert.ThrowsAsync<EcsterApiException>(() => client.GetOrderAsync("ECS-1"))!;

        Assert.That(handler.Requests, Has.Count.EqualTo(requestsBeforeOpen), "the sixth call was refused unsent");
        Assert.That(error.Message, Does.Contain("circuit open"));
    }

    [Test]
    public void Failures_open_the_circuit_only_when_they_come_in_a_row()
    {
        var failures = Enumerable.Repeat(HttpStatusCode.BadGateway, Limit - 1).ToList();
        var handler = new FakeEcsterHandler();
        foreach (var status in failures.Append(HttpStatusCode.NotFound).Concat(failures))
            handler.Respond(status);
        handler.Fallback = (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound));
        var client = TestClients.Create(handler, o => o.MaxRetries = 0);

        for (var i = 0; i < 2 * Limit; i++)
            Assert.ThrowsAsync<EcsterApiException>(() => client.GetOrderAsync("ECS-1"));

        Assert.That(handler.Requests, Has.Count.EqualTo(2 * Limit), "an answer in between starts the count again");
    }

    [Test]
    public async Task After_the_break_one_trial_call_goes_through_and_its_success_closes_the_circuit()
    {
        var handler = new FakeEcsterHandler { Fallback = (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.BadGateway)) };
        var client = ClientWithBreak(handler, TimeSpan.FromMilliseconds(300));
        Open(client);
        var sentWhileOpen = handler.Requests.Count;
        Assert.ThrowsAsync<EcsterApiException>(() => client.GetOrderAsync("ECS-1"));
        Assert.That(handler.Requests, Has.Count.EqualTo(sentWhileOpen), "refused unsent while open");

        await Task.Delay(TimeSpan.FromMilliseconds(400));
        handler.Fallback = (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(EcsterJsonSamples.Order) });
        await client.GetOrderAsync("ECS-1");

        for (var i = 0; i < 3; i++)
            await client.GetOrderAsync("ECS-1");
        Assert.That(handler.Requests, Has.Count.EqualTo(sentWhileOpen + 4), "closed again: every call is sent");
    }

    [Test]
    public async Task A_failed_trial_opens_the_circuit_again_at_once()
    {
        var handler = new FakeEcsterHandler { Fallback = (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.BadGateway)) };
        var client = ClientWithBreak(handler, TimeSpan.FromMilliseconds(300));
        Open(client);

        await Task.Delay(TimeSpan.FromMilliseconds(400));
        Assert.ThrowsAsync<EcsterApiException>(() => client.GetOrderAsync("ECS-1"));
        var afterTrial = handler.Requests.Count;
        var error = Assert.ThrowsAsync<EcsterApiException>(() => client.GetOrderAsync("ECS-1"))!;

        Assert.That(handler.Requests, Has.Count.EqualTo(afterTrial), "one failed trial is enough to break again");
        Assert.That(error.Message, Does.Contain("circuit open"));
    }

    private static void Open(IEcsterClient client)
    {
        for (var i = 0; i < Limit; i++)
            Assert.ThrowsAsync<EcsterApiException>(() => client.GetOrderAsync("ECS-1"));
    }

    /// <summary>A client whose host's breaker opens for <paramref name="breakDuration"/> instead of 30 s.</summary>
    private static IEcsterClient ClientWithBreak(FakeEcsterHandler handler, TimeSpan breakDuration)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(provider => new EcsterPolicies(provider.GetRequiredService<ILogger<EcsterClient>>(), breakDuration));
        services.AddEcsterClient().ConfigurePrimaryHttpMessageHandler(() => handler);
        return services.BuildServiceProvider().GetRequiredService<IEcsterClientFactory>().Create(TestClients.Options(o => o.MaxRetries = 0));
    }
}
