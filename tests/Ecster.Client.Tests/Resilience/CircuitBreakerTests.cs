using System.Net;
using Ecster.Client.Http;
using Ecster.Client.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Payments.Ecster.Tests;

namespace Ecster.Client.Tests.Resilience;

/// <summary>One host's circuit breaker, on a clock the test moves; then what the per-try handler counts as a failure.</summary>
public class CircuitBreakerTests
{
    private static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(30);

    private ManualTimeProvider _clock = null!;
    private EcsterCircuitBreaker _breaker = null!;

    [SetUp]
    public void SetUp()
    {
        _clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        _breaker = new EcsterCircuitBreakers(BreakDuration, _clock).For(new Uri("https://secure.ecster.se/rest/public/v1/orders"));
    }

    private void Fail(int times)
    {
        for (var i = 0; i < times; i++)
        {
            Assert.That(_breaker.TryEnter(), Is.True, $"failure {i + 1} was let through");
            _breaker.OnFailure();
        }
    }

    [Test]
    public void Failures_open_the_circuit_only_when_they_come_in_a_row()
    {
        Fail(EcsterCircuitBreakers.FailuresBeforeBreaking - 1);
        Assert.That(_breaker.TryEnter(), Is.True);
        _breaker.OnSuccess();
        Fail(EcsterCircuitBreakers.FailuresBeforeBreaking - 1);

        Assert.That(_breaker.TryEnter(), Is.True, "a success in between starts the count again");
    }

    [Test]
    public void An_open_circuit_refuses_calls_for_the_break_duration_then_lets_one_trial_through()
    {
        Fail(EcsterCircuitBreakers.FailuresBeforeBreaking);

        Assert.That(_breaker.TryEnter(), Is.False);
        _clock.Advance(BreakDuration - TimeSpan.FromMilliseconds(1));
        Assert.That(_breaker.TryEnter(), Is.False);

        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.That(_breaker.TryEnter(), Is.True, "the trial");
        Assert.That(_breaker.TryEnter(), Is.False, "only one trial at a time");
    }

    [Test]
    public void A_successful_trial_closes_the_circuit()
    {
        Fail(EcsterCircuitBreakers.FailuresBeforeBreaking);
        _clock.Advance(BreakDuration);
        Assert.That(_breaker.TryEnter(), Is.True);

        _breaker.OnSuccess();

        Assert.That(Enumerable.Range(0, 10).All(_ => _breaker.TryEnter()), Is.True);
    }

    [Test]
    public void A_failed_trial_opens_the_circuit_for_another_full_break()
    {
        Fail(EcsterCircuitBreakers.FailuresBeforeBreaking);
        _clock.Advance(BreakDuration);
        Assert.That(_breaker.TryEnter(), Is.True);

        _breaker.OnFailure();

        _clock.Advance(BreakDuration - TimeSpan.FromMilliseconds(1));
        Assert.That(_breaker.TryEnter(), Is.False, "one failed trial is enough to break again");
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.That(_breaker.TryEnter(), Is.True);
    }

    [Test]
    public void A_trial_that_ends_without_an_answer_gives_its_slot_back()
    {
        Fail(EcsterCircuitBreakers.FailuresBeforeBreaking);
        _clock.Advance(BreakDuration);
        Assert.That(_breaker.TryEnter(), Is.True);

        _breaker.OnNeither();

        Assert.That(_breaker.TryEnter(), Is.True, "the next caller gets the trial");
    }

    [Test]
    public void Of_many_callers_at_the_end_of_a_break_exactly_one_gets_the_trial()
    {
        Fail(EcsterCircuitBreakers.FailuresBeforeBreaking);
        _clock.Advance(BreakDuration);
        using var start = new Barrier(8);

        var admitted = Enumerable.Range(0, 8)
            .Select(_ => Task.Factory.StartNew(() =>
            {
                start.SignalAndWait();
                return Enumerable.Range(0, 1_000).Count(_ => _breaker.TryEnter());
            }, TaskCreationOptions.LongRunning))
            .ToArray();

        Assert.That(admitted.Sum(t => t.Result), Is.EqualTo(1));
    }

    [TestCase(HttpStatusCode.BadRequest, false)]
    [TestCase(HttpStatusCode.NotFound, false)]
    [TestCase(HttpStatusCode.Conflict, false)]
    [TestCase(HttpStatusCode.TooManyRequests, false, TestName = "429 is Ecster working (asking to slow down), not failing")]
    [TestCase(HttpStatusCode.InternalServerError, true)]
    [TestCase(HttpStatusCode.BadGateway, true)]
    [TestCase(HttpStatusCode.RequestTimeout, true)]
    public void Only_answers_that_show_Ecster_failing_count_towards_opening_the_circuit(HttpStatusCode status, bool failing)
    {
        var handler = new FakeEcsterHandler { Fallback = (_, _) => Task.FromResult(new HttpResponseMessage(status)) };
        var client = TestClients.Create(handler, o => o.MaxRetries = 0);
        const int calls = EcsterCircuitBreakers.FailuresBeforeBreaking + 3;

        for (var i = 0; i < calls; i++)
            Assert.ThrowsAsync<EcsterApiException>(() => client.GetOrderAsync("ECS-1"));

        Assert.That(handler.Requests, Has.Count.EqualTo(failing ? EcsterCircuitBreakers.FailuresBeforeBreaking : calls));
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
}
