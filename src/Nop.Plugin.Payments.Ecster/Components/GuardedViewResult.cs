using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;

namespace Nop.Plugin.Payments.Ecster.Components;

/// <summary>
/// A widget's view whose failure leaves the page whole. nopCommerce renders a widget's view after the component has
/// returned, inside the page: an exception there (a view the store cannot compile, a failing lookup) would otherwise
/// answer the whole page with HTTP 500. On failure the widget writes nothing and the failure is reported. It stays a
/// <see cref="ViewViewComponentResult"/> (view name and model as the component chose them); only how it is executed
/// differs.
/// </summary>
/// <remarks>
/// No buffer of its own is needed for "nothing on failure": a Razor view renders into a buffer of its own and hands
/// that to the component's writer only once it has rendered whole (MVC's RazorView; its partials the same), so a view
/// that throws has written nothing. A second buffer here copied every widget's markup twice per page view.
/// </remarks>
public sealed class GuardedViewResult : ViewViewComponentResult, IViewComponentResult
{
    private readonly Func<Exception, Task> _onFailure;

    public GuardedViewResult(ViewViewComponentResult view, Func<Exception, Task> onFailure)
    {
        ViewName = view.ViewName;
        ViewData = view.ViewData;
        TempData = view.TempData;
        ViewEngine = view.ViewEngine;
        _onFailure = onFailure;
    }

    void IViewComponentResult.Execute(ViewComponentContext context) => ExecuteGuardedAsync(context).GetAwaiter().GetResult();

    Task IViewComponentResult.ExecuteAsync(ViewComponentContext context) => ExecuteGuardedAsync(context);

    private async Task ExecuteGuardedAsync(ViewComponentContext context)
    {
        try
        {
            await ExecuteAsync(context);
        }
        catch (Exception failure) when (failure is not OperationCanceledException) // a shopper who left is no failure
        {
            await _onFailure(failure);
        }
    }
}
