using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Headers;
using Ecster.Client.Models;
using Ecster.Client.Tests.Support;

namespace Ecster.Client.Tests.Resilience;

/// <summary>The real Polly policies from AddEcsterClient() (retries, circuit breaker, per-try timeout), with a scripted Ecster behind it.</summary>
public class ResilienceTests
{
    private static DebitRequest DebitWithReference() => new() { Amount = 100m, TransactionReference = "cap-1" };

    private static string DebitAnswer() => EcsterJsonSamples.TransactionResult("DEBIT", 10000, "cap-1");

    [Test]
    public async Task A_read_is_retried_after_503_then_succeeds()
    {
        var handler = new FakeEcsterHandler()
            .Respond(HttpStatusCode.ServiceUnavailable, """{ "code": "SERVICE_UNAVAILABLE", "message": "x", "type": "TECHNICAL" }""")
            .Respond(HttpStatusCode.OK, EcsterJsonSamples.Order);
        var client = TestClients.Create(handler);

        var order = await client.GetOrderAsync("ECS-100042");

        Assert.That(order.Id, Is.EqualTo("zburxHFw0xQmyOmVOrcq"));
        Assert.That(handler.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task A_read_is_retried_after_a_network_error()
    {
        var handler = new FakeEcsterHandler()
            .Throw(new HttpRequestException("connection reset"))
            .Respond(HttpStatusCode.OK, EcsterJsonSamples.Order);
        var client = TestClients.Create(handler);

        await client.GetOrderAsync("ECS-100042");

        Assert.That(handler.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task A_429_with_Retry_After_is_honoured_then_retried()
    {
        var handler = new FakeEcsterHandler()
            .Respond(HttpStatusCode.TooManyRequests, """{ "code": "TOO_MANY_REQUESTS", "message": "x", "type": "RATE_LIMIT" }""",
                r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(1)))
            .Respond(HttpStatusCode.OK, """{ "paymentMethods": [] }""");
        var logs = new CapturingLoggerProvider();
        // A base delay far above the test's patience: only Retry-After (1 s) can explain the retry's timing.
        var client = TestClients.Create(handler, o => o.RetryBaseDelay = TimeSpan.FromMinutes(10), logs);

        await client.GetPaymentMethodsAsync();

        Assert.That(handler.Requests, Has.Count.EqualTo(2));
        Assert.That(logs.Lines.Any(l => l.Contains("DelayMs=1000")), Is.True, logs.AllText);
    }

    [Test]
    public async Task The_retry_log_names_each_calls_operation_and_reason()
    {
        var handler = new FakeEcsterHandler()
            .Respond(HttpStatusCode.ServiceUnavailable)
            .Respond(HttpStatusCode.OK, """{ "paymentMethods": [] }""")
            .Respond(HttpStatusCode.BadGateway)
            .Respond(HttpStatusCode.OK, EcsterJsonSamples.Order);
        var logs = new CapturingLoggerProvider();
        var client = TestClients.Create(handler, logs: logs);

        await client.GetPaymentMethodsAsync();
        await client.GetOrderAsync("ECS-100042");

        var retries = logs.Lines.Where(l => l.Contains("retrying in")).ToList();
        Assert.That(retries, Has.Count.EqualTo(2), logs.AllText);
        Assert.That(retries[0], Does.Contain("Operation=GetPaymentMethods").And.Contain("Reason=HTTP 503"));
        Assert.That(retries[1], Does.Contain("Operation=GetOrder").And.Contain("Reason=HTTP 502"));
    }

    [Test]
    public async Task Each_call_writes_one_log_line_of_its_own_and_none_from_HttpClientFactory()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.OK, """{ "paymentMethods": [] }""");
        var logs = new CapturingLoggerProvider();
        var client = TestClients.Create(handler, logs: logs);

        await client.GetPaymentMethodsAsync();

        Assert.That(logs.Lines, Has.Count.EqualTo(1), logs.AllText);
        Assert.That(logs.Lines.Single(), Does.Contain("Ecster GetPaymentMethods GET").And.Contain("Status=200"));
    }

    [Test]
    public void Stores_on_the_same_Ecster_host_share_one_circuit_breaker_and_another_host_has_its_own()
    {
        using var provider = TestClients.CreateProvider(new FakeEcsterHandler());
        var policies = provider.GetRequiredService<Http.EcsterPolicies>();

        var first = policies.BreakerFor(new Uri("http://127.0.0.1:5999/rest/public/v1/paymentmethods"));
        Assert.That(policies.BreakerFor(new Uri("HTTP://127.0.0.1:5999/rest/public/v1/orders/ECS-1")), Is.SameAs(first), "same host, any path");
        Assert.That(policies.BreakerFor(new Uri("http://127.0.0.1:6001/rest/public/v1/paymentmethods")), Is.Not.SameAs(first), "another port");
        Assert.That(policies.BreakerFor(new Uri("https://127.0.0.1:5999/rest/public/v1/paymentmethods")), Is.Not.SameAs(first), "another scheme");
    }

    [Test]
    public void One_stores_failures_open_the_circuit_for_every_store_on_that_host()
    {
        var handler = new FakeEcsterHandler { Fallback = (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.BadGateway)) };
        using var provider = TestClients.CreateProvider(handler);
        var factory = provider.GetRequiredService<IEcsterClientFactory>();
        var storeA = factory.Create(TestClients.Options(o => o.MaxRetries = 0));
        var storeB = factory.Create(TestClients.Options(o => { o.MaxRetries = 0; o.PerTryTimeout = TimeSpan.FromSeconds(3); }));

        for (var i = 0; i < Http.EcsterPolicies.FailuresBeforeBreaking; i++)
            Assert.ThrowsAsync<EcsterApiException>(() => storeA.GetPaymentMethodsAsync());
        var error = Assert.ThrowsAsync<EcsterApiException>(() => storeB.GetPaymentMethodsAsync())!;

        Assert.That(handler.Requests, Has.Count.EqualTo(Http.EcsterPolicies.FailuresBeforeBreaking), "store B's call was not sent");
        Assert.That(error.Kind, Is.EqualTo(EcsterErrorKind.Transient));
        Assert.That(error.Message, Does.Contain("circuit open"));
    }

    [Test]
    public void A_per_try_timeout_is_retried_and_each_try_gets_its_own_limit()
    {
        var tries = 0;
        var firstTryCutOff = false;
        var handler = new FakeEcsterHandler
        {
            Fallback = async (_, cancellationToken) =>
            {
                // The first try hangs until its limit cuts it off; the second answers at once.
                if (Interlocked.Increment(ref tries) == 1)
                {
                    try
                    {
                        await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
                    }
                    catch (OperationCanceledException)
                    {
                        firstTryCutOff = true;
                        throw;
                    }
                }

                return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{ "paymentMethods": [] }""") };
            }
        };
        var client = TestClients.Create(handler, o => { o.PerTryTimeout = TimeSpan.FromMilliseconds(200); o.MaxRetries = 1; });

        Assert.DoesNotThrowAsync(() => client.GetPaymentMethodsAsync());

        Assert.That(tries, Is.EqualTo(2));
        Assert.That(firstTryCutOff, Is.True);
    }

    [Test]
    public void Retry_After_is_capped()
    {
        var handler = new FakeEcsterHandler()
            .Respond(HttpStatusCode.ServiceUnavailable, null, r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromHours(1)))
            .Respond(HttpStatusCode.OK, """{ "paymentMethods": [] }""");
        var logs = new CapturingLoggerProvider();
        var client = TestClients.Create(handler, o => o.RetryAfterCap = TimeSpan.FromMilliseconds(5), logs);

        Assert.DoesNotThrowAsync(() => client.GetPaymentMethodsAsync());
        Assert.That(logs.Lines.Any(l => l.Contains("DelayMs=5")), Is.True, logs.AllText);
    }

    [Test]
    public void Retry_After_as_a_date_is_read()
    {
        var now = DateTimeOffset.UtcNow;
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(now.AddSeconds(7));

        var delay = Http.RetryDelay.RetryAfter(response, now);

        Assert.That(delay, Is.EqualTo(TimeSpan.FromSeconds(7)).Within(TimeSpan.FromSeconds(1)));
    }

    [TestCase(HttpStatusCode.ServiceUnavailable)]
    [TestCase(HttpStatusCode.TooManyRequests)]
    public void A_debit_is_never_sent_twice_even_with_its_reference(HttpStatusCode status)
    {
        // Ecster documents no idempotency: a second DEBIT with the same reference could be a second debit.
        var handler = new FakeEcsterHandler()
            .Respond(status)
            .Respond(HttpStatusCode.OK, DebitAnswer());
        var client = TestClients.Create(handler);

        var error = Assert.ThrowsAsync<EcsterApiException>(() => client.DebitAsync("ECS-1", DebitWithReference()))!;

        Assert.That(handler.Requests, Has.Count.EqualTo(1));
        Assert.That(error.HttpStatus, Is.EqualTo((int)status));
    }

    [Test]
    public void A_BankID_start_is_not_sent_again_after_a_failure()
    {
        // A second start while the first is outstanding makes BankID cancel both.
        var handler = new FakeEcsterHandler()
            .Throw(new HttpRequestException("reset"))
            .Respond(HttpStatusCode.OK, """{ "id": "o", "status": "OUTSTANDING_TRANSACTION" }""");
        var client = TestClients.Create(handler);

        Assert.ThrowsAsync<EcsterApiException>(() =>
            client.StartEidAsync(new StartEidRequest { NationalId = PersonalIdentityNumber.Parse("19530516-9756") }));

        Assert.That(handler.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public void A_debit_without_a_reference_is_not_retried_and_its_outcome_is_unknown()
    {
        var handler = new FakeEcsterHandler { Fallback = (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)) };
        var client = TestClients.Create(handler);

        var error = Assert.ThrowsAsync<EcsterApiException>(() => client.DebitAsync("ECS-1", new DebitRequest { Amount = 100m }))!;

        Assert.That(handler.Requests, Has.Count.EqualTo(1));
        Assert.That(error.Kind, Is.EqualTo(EcsterErrorKind.UnknownOutcome));
        Assert.That(error.HttpStatus, Is.EqualTo(503));
    }

    [Test]
    public void A_create_order_without_a_reference_is_not_retried()
    {
        var handler = new FakeEcsterHandler { Fallback = (_, _) => Task.FromException<HttpResponseMessage>(new HttpRequestException("reset")) };
        var client = TestClients.Create(handler);

        var error = Assert.ThrowsAsync<EcsterApiException>(() => client.CreateOrderAsync(new CreateOrderRequest
        {
            Ticket = "t", PaymentOption = "o", Cart = Operations.OrderTests.SampleCart()
        }))!;

        Assert.That(handler.Requests, Has.Count.EqualTo(1));
        Assert.That(error.Kind, Is.EqualTo(EcsterErrorKind.UnknownOutcome));
        Assert.That(error.HttpStatus, Is.Null);
    }

    [Test]
    public void A_create_order_with_its_reference_is_not_retried_either()
    {
        var handler = new FakeEcsterHandler()
            .Throw(new HttpRequestException("reset"))
            .Respond(HttpStatusCode.OK, EcsterJsonSamples.Order);
        var client = TestClients.Create(handler);

        var error = Assert.ThrowsAsync<EcsterApiException>(() => client.CreateOrderAsync(new CreateOrderRequest
        {
            OrderReference = "3f1c0b9e-ref", Ticket = "t", PaymentOption = "o", Cart = Operations.OrderTests.SampleCart()
        }))!;

        Assert.That(handler.Requests, Has.Count.EqualTo(1));
        Assert.That(error.Kind, Is.EqualTo(EcsterErrorKind.UnknownOutcome), "settled by reading the order, never by sending again");
    }

    [Test]
    public void Order_updates_without_a_reference_are_not_retried()
    {
        var handler = new FakeEcsterHandler { Fallback = (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.BadGateway)) };
        var client = TestClients.Create(handler);

        var error = Assert.ThrowsAsync<EcsterApiException>(() => client.UpdateOrderReferenceAsync("ECS-1", "1042"))!;

        Assert.That(handler.Requests, Has.Count.EqualTo(1));
        Assert.That(error.Kind, Is.EqualTo(EcsterErrorKind.UnknownOutcome));
    }

    [Test]
    public async Task Writes_that_move_nothing_and_reads_are_retried()
    {
        var handler = new FakeEcsterHandler()
            .Respond(HttpStatusCode.ServiceUnavailable).Respond(HttpStatusCode.Created, """{ "id": "t" }""")
            .Respond(HttpStatusCode.ServiceUnavailable).Respond(HttpStatusCode.OK, """{ "amount": 100, "options": [] }""")
            .Respond(HttpStatusCode.ServiceUnavailable).Respond(HttpStatusCode.OK, """{ "id": "o", "status": "USER_SIGN" }""");
        var client = TestClients.Create(handler);

        await client.CreateTicketAsync(CreateTicketRequest.ForEid(IdentificationMethod.MobileBankId, "i", PersonalIdentityNumber.Parse("19530516-9756")));
        await client.GetPaymentOptionsAsync(new PaymentOptionsRequest { Ticket = "t", Amount = 1m });
        await client.CollectEidAsync("o");

        Assert.That(handler.Requests, Has.Count.EqualTo(6));
    }

    [Test]
    public void A_BankID_start_is_never_repeated_a_repeat_would_start_a_second_BankID_order()
    {
        var handler = new FakeEcsterHandler()
            .Respond(HttpStatusCode.ServiceUnavailable).Respond(HttpStatusCode.OK, """{ "id": "o", "status": "OUTSTANDING_TRANSACTION" }""");
        var client = TestClients.Create(handler);

        var error = Assert.ThrowsAsync<EcsterApiException>(() => client.StartEidAsync(new StartEidRequest { NationalId = PersonalIdentityNumber.Parse("19530516-9756") }));

        Assert.That(handler.Requests, Has.Count.EqualTo(1));
        Assert.That(error!.Kind, Is.EqualTo(EcsterErrorKind.Transient), "nothing moved: the shopper starts again");
    }

    [Test]
    public void A_timeout_on_a_debit_is_UnknownOutcome_after_one_try()
    {
        var handler = new FakeEcsterHandler { Fallback = async (_, token) => { await Task.Delay(Timeout.Infinite, token); return null!; } };
        var client = TestClients.Create(handler, o =>
        {
            o.PerTryTimeout = TimeSpan.FromMilliseconds(50);
            o.MaxRetries = 1;
        });

        var error = Assert.ThrowsAsync<EcsterApiException>(() => client.DebitAsync("ECS-1", DebitWithReference()))!;

        Assert.That(error.Kind, Is.EqualTo(EcsterErrorKind.UnknownOutcome));
        Assert.That(error.HttpStatus, Is.Null);
        // Even with its reference the debit was not tried again: its outcome is for a read to settle.
        Assert.That(handler.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public void The_overall_timeout_ends_the_retries()
    {
        var handler = new FakeEcsterHandler { Fallback = async (_, token) => { await Task.Delay(Timeout.Infinite, token); return null!; } };
        var client = TestClients.Create(handler, o =>
        {
            o.PerTryTimeout = TimeSpan.FromSeconds(20);
            o.OverallTimeout = TimeSpan.FromMilliseconds(100);
        });

        var error = Assert.ThrowsAsync<EcsterApiException>(() => client.GetOrderAsync("ECS-1"))!;

        Assert.That(error.Kind, Is.EqualTo(EcsterErrorKind.Transient));
        Assert.That(handler.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public void A_timeout_on_a_read_is_Transient()
    {
        var handler = new FakeEcsterHandler { Fallback = async (_, token) => { await Task.Delay(Timeout.Infinite, token); return null!; } };
        var client = TestClients.Create(handler, o =>
        {
            o.PerTryTimeout = TimeSpan.FromMilliseconds(30);
            o.MaxRetries = 1;
        });

        var error = Assert.ThrowsAsync<EcsterApiException>(() => client.GetOrderAsync("ECS-1"))!;

        Assert.That(error.Kind, Is.EqualTo(EcsterErrorKind.Transient));
        Assert.That(handler.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public void Caller_cancellation_is_not_wrapped()
    {
        var handler = new FakeEcsterHandler().Hang();
        var client = TestClients.Create(handler);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        Assert.That(async () => await client.GetOrderAsync("ECS-1", cts.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void Retries_stop_after_MaxRetries_with_the_last_answer()
    {
        var handler = new FakeEcsterHandler()
            .Respond(HttpStatusCode.ServiceUnavailable).Respond((HttpStatusCode)429).Respond(HttpStatusCode.BadGateway)
            .Respond(HttpStatusCode.OK, EcsterJsonSamples.Order);
        var client = TestClients.Create(handler, o => o.MaxRetries = 2);

        var error = Assert.ThrowsAsync<EcsterApiException>(() => client.GetOrderAsync("ECS-1"))!;

        Assert.That(handler.Requests, Has.Count.EqualTo(3), "one try and two retries; the fourth answer is never asked for");
        Assert.That(error.HttpStatus, Is.EqualTo(502));
        Assert.That(error.Kind, Is.EqualTo(EcsterErrorKind.Transient));
    }

    [Test]
    public void A_network_error_on_the_last_try_is_the_calls_error()
    {
        var handler = new FakeEcsterHandler()
            .Respond(HttpStatusCode.ServiceUnavailable).Throw(new HttpRequestException("reset"));
        var client = TestClients.Create(handler, o => o.MaxRetries = 1);

        var error = Assert.ThrowsAsync<EcsterApiException>(() => client.GetOrderAsync("ECS-1"))!;

        Assert.That(handler.Requests, Has.Count.EqualTo(2));
        Assert.That(error.Kind, Is.EqualTo(EcsterErrorKind.Transient));
        Assert.That(error.HttpStatus, Is.Null);
    }

    [Test]
    public void Cancelling_during_the_wait_before_a_retry_stops_at_once()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.ServiceUnavailable).Respond(HttpStatusCode.OK, EcsterJsonSamples.Order);
        var client = TestClients.Create(handler, o => o.RetryBaseDelay = TimeSpan.FromMinutes(10));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        Assert.That(async () => await client.GetOrderAsync("ECS-1", cancel.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(handler.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public void Client_errors_are_not_retried()
    {
        var handler = new FakeEcsterHandler { Fallback = (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound)) };
        var client = TestClients.Create(handler);

        Assert.ThrowsAsync<EcsterApiException>(() => client.GetOrderAsync("ECS-1"));
        Assert.That(handler.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public void The_circuit_opens_after_consecutive_failures_and_then_fails_fast_as_Transient()
    {
        var handler = new FakeEcsterHandler { Fallback = (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.InternalServerError)) };
        var client = TestClients.Create(handler, o => o.MaxRetries = 0);

        for (var i = 0; i < Http.EcsterPolicies.FailuresBeforeBreaking; i++)
            Assert.ThrowsAsync<EcsterApiException>(() => client.GetOrderAsync("ECS-1"));

        var error = Assert.ThrowsAsync<EcsterApiException>(() =>
            client.DebitAsync("ECS-1", new DebitRequest { Amount = 1m }))!;

        Assert.That(handler.Requests, Has.Count.EqualTo(Http.EcsterPolicies.FailuresBeforeBreaking));
        // Not even sent, so even a debit without reference certainly did not happen.
        Assert.That(error.Kind, Is.EqualTo(EcsterErrorKind.Transient));
    }

    [Test]
    public void Every_request_carries_its_retryability_in_the_request_options()
    {
        var seen = new List<(string Path, bool Retryable)>();
        var handler = new FakeEcsterHandler
        {
            Fallback = (request, _) =>
            {
                request.Options.TryGetValue(Http.EcsterRequestOptions.Retryable, out var retryable);
                seen.Add((request.RequestUri!.AbsolutePath + ":" + request.Method, retryable));
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.BadRequest));
            }
        };
        var client = TestClients.Create(handler);

        Assert.ThrowsAsync<EcsterApiException>(() => client.GetOrderAsync("E"));
        Assert.ThrowsAsync<EcsterApiException>(() => client.DebitAsync("E", new DebitRequest { Amount = 1m }));
        Assert.ThrowsAsync<EcsterApiException>(() => client.CreditAsync("E", new CreditRequest { Amount = 1m, TransactionReference = "r" }));
        Assert.ThrowsAsync<EcsterApiException>(() => client.AnnulAsync("E", new AnnulRequest()));
        Assert.ThrowsAsync<EcsterApiException>(() => client.StartDebitConsentAsync("E"));

        Assert.That(seen.Select(s => s.Retryable), Is.EqualTo(new[] { true, false, false, false, false }));
    }
}
