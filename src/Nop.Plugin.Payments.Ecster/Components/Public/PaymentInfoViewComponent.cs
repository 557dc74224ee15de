using Microsoft.AspNetCore.Mvc;
using Nop.Web.Framework.Components;

namespace Nop.Plugin.Payments.Ecster.Components.Public;

/// <summary>The payment information step of checkout, where the shopper identifies and picks an Ecster option.</summary>
public class PaymentInfoViewComponent : NopViewComponent
{
    public IViewComponentResult Invoke() => View($"{EcsterDefaults.PluginFolder}/Views/Public/PaymentInfo.cshtml");
}
