using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;

namespace Nop.Plugin.Payments.Ecster.Components;

/// <summary>
/// A widget's view, rendered into a buffer first and written to the page only when it rendered whole. nopCommerce
/// renders a widget's view after the component has returned, inside the page: an exception there (a view the store
/// cannot compile, a failing lookup) would otherwise answer the whole page with HTTP 500. On failure the widget
/// writes nothing and the failure is reported. It stays a <see cref="ViewViewComponentResult"/> (view name and
/// model as the component chose them); only how it is executed differs.
/// </summary>
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
        // The view writes to the view context's writer (what ViewComponentContext.Writer reads): swapped for the buffer.
        var page = context.ViewContext.Writer;
        await using var buffer = new StringWriter();
        context.ViewContext.Writer = buffer;
        try
        {
            await ExecuteAsync(context);
        }
        catch (Exception failure) when (failure is not OperationCanceledException) // a shopper who left is no failure
        {
            context.ViewContext.Writer = page;
            await _onFailure(failure);
            return;
        }
        finally
        {
            context.ViewContext.Writer = page;
        }

        await page.WriteAsync(buffer.ToString());
    }
}
