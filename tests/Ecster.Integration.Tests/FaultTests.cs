using Ecster.Client;
using Ecster.Client.Models;

namespace Ecster.Integration.Tests;

/// <summary>
/// The client's resilience against the sandbox's injected faults, over real HTTP: what is retried, what is
/// surfaced as an unknown outcome, and that a money movement is never re-sent.
/// </summary>
public class FaultTests
{
    private SandboxFixture _fixture = null!;

    [SetUp]
    public async Task SetUp() => _fixture = await SandboxFixture.StartAsync();

    [TearDown]
    public async Task TearDown() => await _fixture.DisposeAsync();

    /// <summary>An authorised e-commerce order of 1 000 kr for Anna, ready to debit.</summary>
    private async Task<Order> AuthorisedOrderAsync(IEcsterClient client)
    {
        var ticket = await SandboxIdentity.TicketAsync(client);
        var options = await client.GetPaymentOptionsAsync(new PaymentOptionsRequest { Ticket = ticket.Id, Amount = 1_000m });
        return await client.CreateOrderAsync(new CreateOrderRequest
        {
            OrderReference = Guid.NewGuid().ToString(),
            Ticket = ticket.Id,
            PaymentOption = options.Options[0].Id,
            Cart = new Cart
            {
                Amount = 1_000m,
                Rows = [new CartRow { PartNumber = "P1", Name = "Lamp", Quantity = 2, UnitAmount = 500m, VatRate = 25m }]
            }
        });
    }

    [Test]
    public async Task A_read_is_retried_through_a_server_error()
    {
        _fixture.Sandbox.AddFault("/paymentmethods", "status=503", "GET", times: 2);

        var methods = await _fixture.Client().GetPaymentMethodsAsync(new PaymentMethodsQuery { Amount = 1_000m });

        Assert.That(methods.PaymentMethods, Is.Not.Empty);
        Assert.That(_fixture.Sandbox.Inspector.RequestCount("/paymentmethods", "GET"), Is.EqualTo(3));
    }

    [Test]
    public async Task A_rate_limited_read_waits_for_Retry_After_then_succeeds()
    {
        _fixture.Sandbox.AddFault("/paymentmethods/terms", "ratelimit=1", "GET", times: 1);

        var terms = await _fixture.Client().GetPaymentMethodTermsAsync(new PaymentMethodTermsQuery { Amount = 10_000m });

        Assert.That(terms.Figures.MonthlyAmount, Is.GreaterThan(0m));
        Assert.That(_fixture.Sandbox.Inspector.RequestCount("/paymentmethods/terms", "GET"), Is.EqualTo(2));
    }

    [Test]
    public async Task A_malformed_answer_is_a_malformed_response_error()
    {
        _fixture.Sandbox.AddFault("/paymentmethods", "malformed", "GET", times: 1);

        var error = Assert.ThrowsAsync<EcsterApiException>(() => _fixture.Client().GetPaymentMethodsAsync(new PaymentMethodsQuery { Amount = 1_000m }));

        Assert.That(error!.Kind, Is.EqualTo(EcsterErrorKind.MalformedResponse));
    }

    [TestCase("drop", 0)]
    [TestCase("commit-then-fail", 40_000)]
    public async Task A_debit_whose_answer_is_lost_is_never_sent_again_even_with_its_reference(string fault, long debitedOre)
    {
        // Retries on, as in a store: Ecster documents no idempotency, so the client must not send a debit twice.
        var client = _fixture.Client();
        var order = await AuthorisedOrderAsync(client);
        _fixture.Sandbox.AddFault($"/orders/{order.Id}/transactions", fault, "POST", times: 1);

        var error = Assert.ThrowsAsync<EcsterApiException>(() =>
            client.DebitAsync(order.Id, new DebitRequest { Amount = 400m, TransactionReference = "capture-1" }));

        Assert.That(error!.Kind, Is.EqualTo(EcsterErrorKind.UnknownOutcome), "settled by reading the order");
        Assert.That(_fixture.Sandbox.Inspector.RequestCount($"/orders/{order.Id}/transactions", "POST"), Is.EqualTo(1));
        Assert.That(_fixture.Sandbox.Inspector.FindOrder(order.Id)!.DebitedAmount, Is.EqualTo(debitedOre), "öre");
    }

    [Test]
    public async Task A_debit_that_never_gets_an_answer_is_an_unknown_outcome_never_a_failure()
    {
        var client = _fixture.Client(o => o.MaxRetries = 0);
        var order = await AuthorisedOrderAsync(client);
        _fixture.Sandbox.AddFault($"/orders/{order.Id}/transactions", "commit-then-fail", "POST", times: 1);

        var error = Assert.ThrowsAsync<EcsterApiException>(() =>
            client.DebitAsync(order.Id, new DebitRequest { Amount = 400m, TransactionReference = "capture-2" }));

        Assert.That(error!.Kind, Is.EqualTo(EcsterErrorKind.UnknownOutcome));
        // The money did move: exactly why the caller must resolve by reading the order, not assume failure.
        var resolved = await client.GetOrderAsync(order.Id);
        Assert.That(resolved.DebitedAmount, Is.EqualTo(400m));
        Assert.That(resolved.Transactions.Single().TransactionReference, Is.EqualTo("capture-2"));
    }

    [Test]
    public async Task A_slow_answer_beyond_the_per_try_timeout_on_a_debit_is_an_unknown_outcome()
    {
        var client = _fixture.Client(o =>
        {
            o.MaxRetries = 0;
            o.PerTryTimeout = TimeSpan.FromMilliseconds(300);
        });
        var order = await AuthorisedOrderAsync(client);
        _fixture.Sandbox.AddFault($"/orders/{order.Id}/transactions", "latency=3000", "POST", times: 1);

        var error = Assert.ThrowsAsync<EcsterApiException>(() =>
            client.DebitAsync(order.Id, new DebitRequest { Amount = 400m, TransactionReference = "capture-3" }));

        Assert.That(error!.Kind, Is.EqualTo(EcsterErrorKind.UnknownOutcome));
    }
}
