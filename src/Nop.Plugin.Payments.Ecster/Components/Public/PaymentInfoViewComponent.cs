using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Payments.Ecster.Models.Public;
using Nop.Plugin.Payments.Ecster.Services.Checkout;
using Nop.Web.Framework.Components;

namespace Nop.Plugin.Payments.Ecster.Components.Public;

/// <summary>The payment information step of checkout, where the shopper identifies and picks an Ecster option.</summary>
public class PaymentInfoViewComponent : NopViewComponent
{
    private readonly ShopperContextResolver _shoppers;
    private readonly CheckoutStateStore _states;
    private readonly TimeProvider _time;

    public PaymentInfoViewComponent(ShopperContextResolver shoppers, CheckoutStateStore states, TimeProvider time)
    {
        _shoppers = shoppers;
        _states = states;
        _time = time;
    }

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var shopper = await _shoppers.ResolveAsync();
        var state = await _states.GetAsync(shopper.Store.Id, shopper.Customer.Id);
        var model = new PaymentInfoModel
        {
            IsStaffSale = shopper.IsStaffSale,
            ResumeWithOptions = state is not null && state.HasLiveTicket(_time.GetUtcNow()),
            StartUrl = Url.RouteUrl(EcsterDefaults.Routes.StartRouteName) ?? string.Empty,
            CollectUrl = Url.RouteUrl(EcsterDefaults.Routes.CollectRouteName) ?? string.Empty,
            CancelUrl = Url.RouteUrl(EcsterDefaults.Routes.CancelRouteName) ?? string.Empty,
            OptionsUrl = Url.RouteUrl(EcsterDefaults.Routes.OptionsRouteName) ?? string.Empty,
            DocumentUrl = Url.RouteUrl(EcsterDefaults.Routes.DocumentRouteName) ?? string.Empty
        };
        return View($"{EcsterDefaults.PluginFolder}/Views/Public/PaymentInfo.cshtml", model);
    }
}
