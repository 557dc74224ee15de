using Ecster.Client;
using Ecster.Integration.Tests.Checkout;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Ecster;
using Nop.Plugin.Payments.Ecster.Services.Checkout;
using StackExchange.Redis;

namespace Ecster.Integration.Tests.WebFarm.OnRedis;

/// <summary>
/// Two plugin hosts sharing one real Redis, as a nopCommerce web farm with a Redis distributed cache does: each
/// node its own connection, static cache and locker, nothing in common but Redis (and the sandbox as Ecster).
/// </summary>
public class RedisFarmCheckoutTests
{
    private SandboxFixture _fixture = null!;
    private string _farm = null!;

    [SetUp]
    public async Task SetUp()
    {
        _fixture = await SandboxFixture.StartAsync();
        _farm = SharedRedis.NewFarm();
    }

    [TearDown]
    public async Task TearDown() => await _fixture.DisposeAsync();

    [Test]
    public async Task BankID_started_on_node_A_is_collected_and_paid_on_node_B()
    {
        await using var a = await FarmNode.JoinAsync(SharedRedis.Server, _farm);
        await using var b = await FarmNode.JoinAsync(SharedRedis.Server, _farm);
        var nodeA = new CheckoutHarness(_fixture, cache: a.Cache, locker: a.Locker);
        var nodeB = new CheckoutHarness(_fixture, cache: b.Cache, locker: b.Locker);

        var step = await nodeA.Flow.StartBankIdAsync(await nodeA.ShopperAsync(), PersonalIdentityNumber.Parse("19811218-9801"), sameDevice: false);
        Assert.That(step.Status, Is.EqualTo(CheckoutStepStatus.Pending), step.Message);
        Assert.That(await InRedisAsync(EcsterDefaults.Caching.Prefix + "checkout.state.1-7"), Is.True, "node A's state is in Redis, not only on node A");

        var shopperOnB = await nodeB.ShopperAsync();
        for (var poll = 0; step.Status == CheckoutStepStatus.Pending && poll < 20; poll++)
            step = await nodeB.Flow.CollectAsync(shopperOnB, PersonalIdentityNumber.Parse("19811218-9801"));
        Assert.That(step.Status, Is.EqualTo(CheckoutStepStatus.Options), step.Message);

        var (_, result) = await nodeB.ChooseAndPlaceAsync(step.Options[0].Id);

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.NewPaymentStatus, Is.EqualTo(PaymentStatus.Authorized));
        var placed = _fixture.Sandbox.Inspector.Orders.Single();
        Assert.That(await nodeA.Journal.TakeAsync(Guid.Parse(placed.OrderReference!)), Is.Not.Empty,
            "the notes written on node B are taken on node A, where nopCommerce happens to save the order");
    }

    private async Task<bool> InRedisAsync(string key)
    {
        await using var look = await ConnectionMultiplexer.ConnectAsync(SharedRedis.Server.Configuration);
        return await look.GetDatabase().KeyExistsAsync(_farm + key);
    }
}
