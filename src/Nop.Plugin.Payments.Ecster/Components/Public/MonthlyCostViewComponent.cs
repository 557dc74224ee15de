using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Plugin.Payments.Ecster.Models.Public;
using Nop.Plugin.Payments.Ecster.Services.Terms;
using Nop.Plugin.Payments.Ecster.Services.Widget;
using Nop.Web.Framework.Components;
using Nop.Web.Framework.Infrastructure;
using Nop.Web.Framework.Models;

namespace Nop.Plugin.Payments.Ecster.Components.Public;

/// <summary>
/// "From 199 kr/month with Ecster" beside a product's price (or under the cart total). Renders from the terms
/// cache only; when terms are not cached yet, or no option covers the price, it renders nothing.
/// </summary>
public class MonthlyCostViewComponent : NopViewComponent
{
    private readonly EcsterSettings _settings;
    private readonly IStoreContext _storeContext;
    private readonly TermsCache _termsCache;
    private readonly WidgetPriceResolver _prices;

    public MonthlyCostViewComponent(EcsterSettings settings, IStoreContext storeContext, TermsCache termsCache, WidgetPriceResolver prices)
    {
        _settings = settings;
        _storeContext = storeContext;
        _termsCache = termsCache;
        _prices = prices;
    }

    public async Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData)
    {
        var onCart = widgetZone == PublicWidgetZones.OrderSummaryContentAfter;
        if (onCart ? !_settings.CartWidgetEnabled : !_settings.ProductWidgetEnabled)
            return Content(string.Empty);

        var store = await _storeContext.GetCurrentStoreAsync();
        var snapshot = _termsCache.Peek(store.Id);
        if (snapshot is null)
            return Content(string.Empty);

        decimal? price = onCart
            ? await _prices.CartTotalAsync()
            : additionalData is BaseNopEntityModel product ? await _prices.ProductPriceAsync(product.Id) : null;
        if (price is null || price < _settings.WidgetMinPrice)
            return Content(string.Empty);

        var teaser = snapshot.LowestMonthlyAmount(price.Value);
        if (teaser is null)
            return Content(string.Empty);

        var model = new MonthlyCostModel
        {
            Price = price.Value,
            Teaser = teaser.Value,
            Example = snapshot.Example,
            PageFactorsJson = onCart ? "[]" : snapshot.PageFactorsJson,
            TermsUrl = Url.RouteUrl(EcsterDefaults.Routes.TermsRouteName) ?? string.Empty,
            FollowsAttributeChanges = !onCart
        };
        return View($"{EcsterDefaults.PluginFolder}/Views/Public/MonthlyCost.cshtml", model);
    }
}
