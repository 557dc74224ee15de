using Ecster.Client;
using Ecster.Integration.Tests.Checkout;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Ecster.Services.Checkout;
using Nop.Plugin.Payments.Ecster.Tests;

namespace Ecster.Integration.Tests.WebFarm;

/// <summary>
/// Two plugin "nodes" (each its own services, as two web-farm servers have) sharing only nopCommerce's static
/// cache: BankID started on one node is collected, chosen and paid on the other. A stand-in for the distributed
/// cache: it shows the plugin keeps no checkout state of its own on a node.
/// </summary>
public class TwoNodeCheckoutTests
{
    private SandboxFixture _fixture = null!;

    [SetUp]
    public async Task SetUp() => _fixture = await SandboxFixture.StartAsync();

    [TearDown]
    public async Task TearDown() => await _fixture.DisposeAsync();

    [Test]
    public async Task BankID_started_on_node_A_is_collected_and_paid_on_node_B()
    {
        var shared = new MemoryStaticCache();
        var nodeA = new CheckoutHarness(_fixture, cache: shared);
        var nodeB = new CheckoutHarness(_fixture, cache: shared);

        var step = await nodeA.Flow.StartBankIdAsync(await nodeA.ShopperAsync(), PersonalIdentityNumber.Parse("19811218-9801"), sameDevice: false);
        Assert.That(step.Status, Is.EqualTo(CheckoutStepStatus.Pending), step.Message);
        var shopperOnB = await nodeB.ShopperAsync();
        for (var poll = 0; step.Status == CheckoutStepStatus.Pending && poll < 20; poll++)
            step = await nodeB.Flow.CollectAsync(shopperOnB, PersonalIdentityNumber.Parse("19811218-9801"));
        Assert.That(step.Status, Is.EqualTo(CheckoutStepStatus.Options), step.Message);

        var (_, result) = await nodeA.ChooseAndPlaceAsync(step.Options[0].Id);

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.NewPaymentStatus, Is.EqualTo(PaymentStatus.Authorized));
        Assert.That(_fixture.Sandbox.Inspector.Orders, Has.Count.EqualTo(1));
        Assert.That(await nodeB.Journal.TakeAsync(_fixture.Sandbox.Inspector.Orders.Single().OrderReference is { } reference ? Guid.Parse(reference) : Guid.Empty),
            Is.Not.Empty, "the notes written on node A are taken when node B saves the order");
    }
}
