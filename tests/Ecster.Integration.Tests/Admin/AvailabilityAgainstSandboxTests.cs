using Microsoft.Extensions.DependencyInjection;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Discounts;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Payments.Ecster;
using Nop.Plugin.Payments.Ecster.Services.Availability;
using Nop.Services.Configuration;
using Nop.Services.Directory;
using Nop.Services.Orders;

namespace Ecster.Integration.Tests.Admin;

/// <summary>
/// Whether checkout offers Ecster, decided with the plugin's registrations against the sandbox, and counted there:
/// however many checkout pages render, Ecster is asked once per store while its answer is fresh.
/// </summary>
public class AvailabilityAgainstSandboxTests
{
    private const int StoreId = 1;

    private SandboxFixture _fixture = null!;
    private ServiceProvider _services = null!;
    private decimal _cartTotal;
    private readonly IList<ShoppingCartItem> _cart = [new ShoppingCartItem()];

    [SetUp]
    public async Task SetUp()
    {
        _fixture = await SandboxFixture.StartAsync();
        var settings = PluginServices.SandboxSettings(_fixture);
        var settingService = new Mock<ISettingService>();
        settingService.Setup(s => s.LoadSettingAsync<EcsterSettings>(StoreId)).ReturnsAsync(settings);

        var storeContext = new Mock<IStoreContext>();
        storeContext.Setup(s => s.GetCurrentStoreAsync()).ReturnsAsync(new Store { Id = StoreId });
        var workContext = new Mock<IWorkContext>();
        workContext.Setup(w => w.GetWorkingCurrencyAsync()).ReturnsAsync(new Currency { CurrencyCode = "SEK" });
        var currencies = new Mock<ICurrencyService>();
        currencies.Setup(c => c.ConvertFromPrimaryStoreCurrencyAsync(It.IsAny<decimal>(), It.IsAny<Currency>())).ReturnsAsync((decimal a, Currency _) => a);
        var totals = new Mock<IOrderTotalCalculationService>();
        totals.Setup(t => t.GetShoppingCartTotalAsync(It.IsAny<IList<ShoppingCartItem>>(), null, true))
            .ReturnsAsync(() => (_cartTotal, 0m, new List<Discount>(), new List<AppliedGiftCard>(), 0, 0m));

        _services = PluginServices.Build(settingService, services => services
            .AddSingleton(storeContext.Object).AddSingleton(workContext.Object)
            .AddSingleton(currencies.Object).AddSingleton(totals.Object));
    }

    [TearDown]
    public async Task TearDown()
    {
        await _services.DisposeAsync();
        await _fixture.DisposeAsync();
    }

    /// <summary>One checkout page render: a request scope of its own, as nopCommerce has.</summary>
    private async Task<HiddenReason> CheckoutPageAsync(decimal total)
    {
        _cartTotal = total;
        await using var scope = _services.CreateAsyncScope();
        var availability = (EcsterAvailability)scope.ServiceProvider.GetRequiredService<IPaymentAvailability>();
        return await availability.WhyHiddenAsync(_cart);
    }

    [Test]
    public async Task A_hundred_checkout_pages_cost_one_payment_methods_request()
    {
        for (var page = 0; page < 100; page++)
            Assert.That(await CheckoutPageAsync(1_000m), Is.EqualTo(HiddenReason.None));

        Assert.That(_fixture.Sandbox.Inspector.RequestCount("/paymentmethods", "GET"), Is.EqualTo(1));
        Assert.That(_fixture.Sandbox.Inspector.TotalRequests, Is.EqualTo(1));
    }

    [Test]
    public async Task Every_cart_total_is_judged_from_the_same_cached_answer_and_left_to_the_payment_options()
    {
        // Ecster's methods answer carries no limits (docs/ecster-api.md §2); the exact amount is the options' to judge.
        Assert.That(await CheckoutPageAsync(50m), Is.EqualTo(HiddenReason.None));
        Assert.That(await CheckoutPageAsync(150_000m), Is.EqualTo(HiddenReason.None));

        Assert.That(_fixture.Sandbox.Inspector.TotalRequests, Is.EqualTo(1));
    }

    [Test]
    public async Task An_Ecster_outage_hides_the_method_and_is_not_asked_again_on_every_page()
    {
        _fixture.Sandbox.AddFault("/paymentmethods", "status=503", "GET");

        Assert.That(await CheckoutPageAsync(1_000m), Is.EqualTo(HiddenReason.EcsterUnreachable));
        var afterFirstPage = _fixture.Sandbox.Inspector.TotalRequests;
        for (var page = 0; page < 20; page++)
            Assert.That(await CheckoutPageAsync(1_000m), Is.EqualTo(HiddenReason.EcsterUnreachable));

        Assert.That(afterFirstPage, Is.GreaterThanOrEqualTo(1), "the client's own retries may add a few");
        Assert.That(_fixture.Sandbox.Inspector.TotalRequests, Is.EqualTo(afterFirstPage));
    }
}
