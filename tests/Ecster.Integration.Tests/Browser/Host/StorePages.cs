using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Nop.Web.Framework.UI;

namespace Ecster.Integration.Tests.Browser.Host;

/// <summary>
/// What the store does around a plugin view: invokes a view component (a widget zone, the payment-info step) or renders
/// a view within the current request, and writes a whole page the way nopCommerce's layout does (its _Root.Head and
/// _Root: stylesheet parts and head scripts in the head; the body; then the footer scripts, jQuery first, bundled or
/// not, then the footer's inline scripts).
/// </summary>
public static class StorePages
{
    public static async Task<string> ComponentAsync(HttpContext http, Type component, object? arguments = null)
    {
        await using var writer = new StringWriter();
        await WriteComponentAsync(http, writer, component, arguments);
        return writer.ToString();
    }

    /// <summary>A view component as a widget zone invokes it, written to <paramref name="page"/> (for a store, the
    /// response's writer).</summary>
    public static async Task WriteComponentAsync(HttpContext http, TextWriter page, Type component, object? arguments = null)
    {
        var viewContext = ViewContextFor(http, page);
        var helper = http.RequestServices.GetRequiredService<IViewComponentHelper>();
        ((IViewContextAware)helper).Contextualize(viewContext);
        var content = await helper.InvokeAsync(component, arguments);
        content.WriteTo(page, HtmlEncoder.Default);
    }

    public static async Task<string> ViewAsync(HttpContext http, string viewPath, object model)
    {
        await using var writer = new StringWriter();
        var engine = http.RequestServices.GetRequiredService<IRazorViewEngine>();
        var found = engine.GetView(null, viewPath, isMainPage: false);
        if (!found.Success)
            throw new InvalidOperationException($"View {viewPath} not found: {string.Join(", ", found.SearchedLocations)}");
        var viewContext = ViewContextFor(http, writer, found.View);
        viewContext.ViewData.Model = model;
        await found.View.RenderAsync(viewContext);
        return writer.ToString();
    }

    /// <summary>A whole store page around a rendered body, as nopCommerce's layout writes it.</summary>
    public static string Page(HttpContext http, string body, string title, string lang = "en", bool admin = false)
    {
        var parts = http.RequestServices.GetRequiredService<INopHtmlHelper>();
        // _Root.Head appends jQuery to the footer scripts after the body has rendered: it still comes first.
        parts.AppendScriptParts(ResourceLocation.Footer, "~/lib/jquery/jquery.min.js");
        return $"""
            <!DOCTYPE html>
            <html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{HtmlEncoder.Default.Encode(title)}</title>
            <link rel="stylesheet" href="/theme/store.css" />
            {Html(parts.GenerateCssFiles())}
            {Html(parts.GenerateScripts(ResourceLocation.Head))}
            {Html(parts.GenerateInlineScripts(ResourceLocation.Head))}
            </head>
            <body class="{(admin ? "admin" : "")}"><div class="master-wrapper-page">
            {body}
            </div>
            {Html(parts.GenerateScripts(ResourceLocation.Footer))}
            {Html(parts.GenerateInlineScripts(ResourceLocation.Footer))}
            </body></html>
            """;
    }

    private static string Html(Microsoft.AspNetCore.Html.IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    private static ViewContext ViewContextFor(HttpContext http, TextWriter writer, IView? view = null)
    {
        var actionContext = new ActionContext(http, http.GetRouteData(), new ActionDescriptor());
        var tempData = http.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(http);
        // The application's metadata provider, as a store's controllers and view components use: it caches each model
        // type's metadata once. A new provider per request would describe the view's model by reflection on every view.
        var metadata = http.RequestServices.GetRequiredService<IModelMetadataProvider>();
        return new ViewContext(actionContext, view ?? NoView.Instance,
            new ViewDataDictionary(metadata, new ModelStateDictionary()), tempData, writer, new HtmlHelperOptions());
    }

    private sealed class NoView : IView
    {
        public static readonly NoView Instance = new();
        public string Path => string.Empty;
        public Task RenderAsync(ViewContext context) => Task.CompletedTask;
    }
}
