using Ecster.Client;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Nop.Plugin.Payments.Ecster;
using Nop.Plugin.Payments.Ecster.Services.Api;
using Nop.Plugin.Payments.Ecster.Services.Terms;
using Nop.Services.Configuration;

namespace Ecster.Integration.Tests;

/// <summary>
/// Issue 7's promise, counted at the sandbox: once a store's terms are cached, product page views make no
/// Ecster request at all; and the figures the plugin computes from the sandbox's terms agree with the
/// sandbox's own payment options for the same amount.
/// </summary>
public class TermsPerViewTests
{
    private const int StoreId = 1;

    private SandboxFixture _fixture = null!;
    private ServiceProvider _services = null!;

    [SetUp]
    public async Task SetUp()
    {
        _fixture = await SandboxFixture.StartAsync();
        var settings = _fixture.StoreSettings();
        var settingService = new Mock<ISettingService>();
        settingService.Setup(s => s.LoadSettingAsync<EcsterSettings>(StoreId)).ReturnsAsync(settings);

        // The plugin's own registrations, with the one nopCommerce service they need here.
        var services = new ServiceCollection();
        services.AddLogging();
        new Nop.Plugin.Payments.Ecster.Infrastructure.NopStartup().ConfigureServices(services,
            new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        services.AddSingleton(settingService.Object);
        _services = services.BuildServiceProvider();
    }

    [TearDown]
    public async Task TearDown()
    {
        await _services.DisposeAsync();
        await _fixture.DisposeAsync();
    }

    [Test]
    public async Task A_thousand_product_page_views_cost_one_terms_refresh()
    {
        var cache = _services.GetRequiredService<TermsCache>();

        Assert.That(cache.Peek(StoreId), Is.Null, "first view: nothing cached yet, nothing waited for");
        await cache.PendingRefresh(StoreId);
        for (var view = 0; view < 1_000; view++)
            Assert.That(cache.Peek(StoreId)?.LowestMonthlyAmount(12_499m), Is.Not.Null);

        Assert.That(_fixture.Sandbox.Inspector.RequestCount("/paymentmethods/terms", "GET"), Is.EqualTo(2), "one per payment method");
        Assert.That(_fixture.Sandbox.Inspector.TotalRequests, Is.EqualTo(2), "no other Ecster call either");
    }

    [Test]
    public async Task The_schedule_task_refreshes_every_store_with_one_request_each()
    {
        var cache = _services.GetRequiredService<TermsCache>();
        var stores = new Mock<Nop.Services.Stores.IStoreService>();
        stores.Setup(s => s.GetAllStoresAsync()).ReturnsAsync([new Nop.Core.Domain.Stores.Store { Id = StoreId }]);

        await new RefreshTermsTask(stores.Object, cache).ExecuteAsync();

        Assert.That(cache.Peek(StoreId), Is.Not.Null);
        Assert.That(_fixture.Sandbox.Inspector.RequestCount("/paymentmethods/terms", "GET"), Is.EqualTo(2), "one per payment method");
    }

    [TestCase(5_000)]
    [TestCase(12_499)]
    [TestCase(30_000)]
    public async Task Locally_computed_monthly_amounts_match_the_sandboxs_payment_options(decimal amount)
    {
        await using var scope = _services.CreateAsyncScope();
        var source = scope.ServiceProvider.GetRequiredService<ITermsSource>();
        var snapshot = (await source.FetchAsync(StoreId))!;
        var client = (await scope.ServiceProvider.GetRequiredService<EcsterClientProvider>().ForStoreAsync(StoreId))!;

        var ticket = await SandboxIdentity.TicketAsync(client);
        var options = await client.GetPaymentOptionsAsync(new Client.Models.PaymentOptionsRequest { Ticket = ticket.Id, Amount = amount });

        // Ecster's terms are the figures of one option per method; the options with the same sub-method and months must agree.
        var comparable = options.Options.Where(o => o.Months > 1 && snapshot.Terms.Any(t => t.Code == o.Code && t.Months == o.Months)).ToList();
        Assert.That(comparable, Is.Not.Empty);
        foreach (var option in comparable)
        {
            var term = snapshot.Terms.Single(t => t.Code == option.Code && t.Months == option.Months);
            var plan = InstalmentCalculator.Plan(term, amount);
            Assert.That(plan.MonthlyAmount, Is.EqualTo(option.MonthlyAmount).Within(0.01m), option.Code);
            Assert.That(plan.EffectiveInterestRatePercent, Is.EqualTo(option.EffectiveInterestRate).Within(0.02m), option.Code);
        }
    }
}
