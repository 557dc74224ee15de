using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Payments.Ecster.Controllers;
using Nop.Plugin.Payments.Ecster.Models.Public;
using Nop.Plugin.Payments.Ecster.Services.Terms;

namespace Nop.Plugin.Payments.Ecster.Tests.Widget;

/// <summary>The terms view a shopper opens from the figure: every covering option, computed from the cache.</summary>
public class EcsterTermsControllerTests
{
    private static readonly CreditTerm Invoice = new("INV", "INVOICE", "Faktura", 1, 0m, 0m, 0m, 29m, 100m, 30_000m);
    private static readonly CreditTerm Twelve = new("PP12", "PART_PAYMENT", "12 mån", 12, 14.95m, 195m, 29m, 0m, 500m, 100_000m);
    private static readonly CreditTerm ThirtySix = new("PP36", "PART_PAYMENT", "36 mån", 36, 19.95m, 195m, 29m, 0m, 3_000m, 100_000m);
    private static readonly RepresentativeExample Example = new("PP24", 10_000m, 24, 14.95m, 25.57m, 195m, 29m, 513.63m, 12_522.12m);

    private static async Task<EcsterTermsController> ControllerAsync(bool withTerms)
    {
        var source = new Mock<ITermsSource>();
        source.Setup(s => s.FetchAsync(1, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new TermsSnapshot([Invoice, Twelve, ThirtySix], Example, "https://www.ecster.se/villkor", DateTimeOffset.UtcNow));
        var cache = new TermsCache(new ServiceCollection().AddScoped(_ => source.Object).BuildServiceProvider()
            .GetRequiredService<IServiceScopeFactory>());
        if (withTerms)
            await cache.RefreshAsync(1);
        var store = new Mock<IStoreContext>();
        store.Setup(s => s.GetCurrentStoreAsync()).ReturnsAsync(new Store { Id = 1 });
        return new EcsterTermsController(store.Object, cache);
    }

    [Test]
    public async Task Lists_a_plan_for_every_option_that_covers_the_price_with_the_example_and_Ecsters_terms()
    {
        var controller = await ControllerAsync(withTerms: true);

        var result = (PartialViewResult)await controller.Terms(2_000m);

        var model = (TermsViewModel)result.Model!;
        Assert.That(model.Plans.Select(p => p.Term.Code), Is.EqualTo(new[] { "INV", "PP12" }), "36 months starts at 3 000 kr");
        Assert.That(model.Plans[1], Is.EqualTo(InstalmentCalculator.Plan(Twelve, 2_000m)));
        Assert.That(model.Example, Is.EqualTo(Example));
        Assert.That(model.EcsterTermsUrl, Is.EqualTo("https://www.ecster.se/villkor"));
    }

    [TestCase(0)]
    [TestCase(-5)]
    [TestCase(2_000_000)]
    public async Task Refuses_prices_that_are_no_credit_amount(decimal price)
    {
        var controller = await ControllerAsync(withTerms: true);

        Assert.That(await controller.Terms(price), Is.InstanceOf<BadRequestResult>());
    }

    [Test]
    public async Task Answers_no_content_while_terms_are_not_cached_so_the_page_hides_the_figure()
    {
        var controller = await ControllerAsync(withTerms: false);

        Assert.That(await controller.Terms(2_000m), Is.InstanceOf<NoContentResult>());
    }
}
