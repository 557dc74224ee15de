using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Plugin.Payments.Ecster.Models.Public;
using Nop.Plugin.Payments.Ecster.Services.Terms;
using Nop.Plugin.Payments.Ecster.Services.Widget;
using Nop.Services.Logging;
using Nop.Web.Framework.Components;
using Nop.Web.Framework.Infrastructure;
using Nop.Web.Framework.Models;

namespace Nop.Plugin.Payments.Ecster.Components.Public;

/// <summary>
/// "From 199 kr/month with Ecster" beside a product's price (or under the cart total). Renders from the terms
/// cache only; when terms are not cached yet, or no option covers the price, it renders nothing. A failure anywhere
/// in it (here or in its view) renders nothing either and goes to the store's log: a product page never fails for it.
/// </summary>
public class MonthlyCostViewComponent : NopViewComponent
{
    private readonly EcsterSettings _settings;
    private readonly IStoreContext _storeContext;
    private readonly TermsCache _termsCache;
    private readonly WidgetPriceResolver _prices;
    private readonly ILogger _logger;

    public MonthlyCostViewComponent(EcsterSettings settings, IStoreContext storeContext, TermsCache termsCache, WidgetPriceResolver prices, ILogger logger)
    {
        _settings = settings;
        _storeContext = storeContext;
        _termsCache = termsCache;
        _prices = prices;
        _logger = logger;
    }

    public async Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData)
    {
        try
        {
            var model = await PrepareModelAsync(widgetZone, additionalData);
            return model is null
                ? Content(string.Empty)
                : new GuardedViewResult(View($"{EcsterDefaults.PluginFolder}/Views/Public/MonthlyCost.cshtml", model), e => LogAsync(widgetZone, e));
        }
        catch (Exception failure) when (failure is not OperationCanceledException) // a shopper who left is no failure
        {
            await LogAsync(widgetZone, failure);
            return Content(string.Empty);
        }
    }

    private Task LogAsync(string widgetZone, Exception failure) =>
        _logger.ErrorAsync($"Ecster: the monthly-cost widget failed in zone '{widgetZone}' and was left out of the page.", failure);

    private async Task<MonthlyCostModel?> PrepareModelAsync(string widgetZone, object additionalData)
    {
        var onCart = widgetZone == PublicWidgetZones.OrderSummaryContentAfter;
        if (onCart ? !_settings.CartWidgetEnabled : !_settings.ProductWidgetEnabled)
            return null;

        var store = await _storeContext.GetCurrentStoreAsync();
        var snapshot = _termsCache.Peek(store.Id);
        if (snapshot is null)
            return null;

        decimal? price = onCart
            ? await _prices.CartTotalAsync()
            : additionalData is BaseNopEntityModel product ? await _prices.ProductPriceAsync(product.Id) : null;
        if (price is null || price < _settings.WidgetMinPrice)
            return null;

        var teaser = snapshot.LowestMonthlyAmount(price.Value);
        if (teaser is null)
            return null;

        return new MonthlyCostModel
        {
            Price = price.Value,
            Teaser = teaser.Value,
            Example = snapshot.Example,
            PageFactorsJson = onCart ? "[]" : snapshot.PageFactorsJson,
            TermsUrl = Url.RouteUrl(EcsterDefaults.Routes.TermsRouteName) ?? string.Empty,
            FollowsAttributeChanges = !onCart
        };
    }
}
