using Ecster.Sandbox;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Ecster.Services.Checkout;

namespace Ecster.Integration.Tests.Checkout;

/// <summary>
/// Issue 8: a checkout costs the minimum of Ecster round trips, counted at the sandbox: identify (start, and one
/// collect when BankID answers at once), ticket, options, order. Nothing else: no method list, no terms, no reads.
/// </summary>
public class RoundTripTests
{
    private SandboxFixture _fixture = null!;

    [TearDown]
    public async Task TearDown() => await _fixture.DisposeAsync();

    [Test]
    public async Task A_checkout_makes_exactly_the_five_calls_it_needs()
    {
        _fixture = await SandboxFixture.StartAsync(new SandboxOptions { BankIdPendingPolls = 0 });
        var harness = new CheckoutHarness(_fixture);

        var step = await harness.IdentifyWithBankIdAsync("19811218-9801", sameDevice: true);
        Assert.That(step.Status, Is.EqualTo(CheckoutStepStatus.Options), step.Message);
        var (_, result) = await harness.ChooseAndPlaceAsync(step.Options[0].Id);
        Assert.That(result.NewPaymentStatus, Is.EqualTo(PaymentStatus.Authorized), string.Join("; ", result.Errors));

        var requests = _fixture.Sandbox.Inspector.Requests.Select(r => $"{r.Method} {r.Path}").ToList();
        Assert.That(requests, Has.Count.EqualTo(5), string.Join("\n", requests));
        Assert.That(requests[0], Is.EqualTo("POST /rest/public/v1/identification/eid"));
        Assert.That(requests[1], Does.StartWith("GET /rest/public/v1/identification/eid/"));
        Assert.That(requests.Skip(2), Is.EqualTo(new[]
        {
            "POST /rest/public/v1/identification/tickets", "GET /rest/public/v1/paymentoptions/", "POST /rest/public/v1/orders"
        }));
    }
}
