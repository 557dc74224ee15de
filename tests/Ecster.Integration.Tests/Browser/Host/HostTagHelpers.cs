using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Razor.TagHelpers;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Nop.Web.Framework.UI;

namespace Ecster.Integration.Tests.Browser.Host;

/// <summary>
/// nopCommerce 4.90.3's NopScriptTagHelper, step for step (its source: Nop.Web.Framework/TagHelpers/Shared): for an
/// AJAX request it returns at once, and since it binds src as its own property the element is written without it;
/// otherwise asp-location Auto means the footer when bundling is on and in place when off; in place keeps src, any
/// other location hands the file or the inline body to the page parts and writes nothing here.
/// </summary>
[HtmlTargetElement("script")]
public sealed class HostScriptTagHelper : UrlResolutionTagHelper
{
    private readonly INopHtmlHelper _parts;
    private readonly StoreOptions _options;

    public HostScriptTagHelper(IUrlHelperFactory urlHelperFactory, HtmlEncoder htmlEncoder, INopHtmlHelper parts, StoreOptions options)
        : base(urlHelperFactory, htmlEncoder)
    {
        _parts = parts;
        _options = options;
    }

    [HtmlAttributeName("asp-debug-src")]
    public string? DebugSrc { get; set; }

    [HtmlAttributeName("asp-location")]
    public ResourceLocation Location { get; set; }

    [HtmlAttributeName("asp-exclude-from-bundle")]
    public bool ExcludeFromBundle { get; set; }

    [HtmlAttributeName("src")]
    public string? Src { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        if (HostRequests.IsAjax(ViewContext.HttpContext.Request))
            return;

        output.TagMode = TagMode.StartTagAndEndTag;
        if (context.AllAttributes.TryGetAttribute("type", out var type)
            && !string.Equals(type.Value?.ToString(), "text/javascript", StringComparison.OrdinalIgnoreCase))
            return;

        if (Location == ResourceLocation.Auto)
            Location = _options.Bundling ? ResourceLocation.Footer : ResourceLocation.None;

        if (Location == ResourceLocation.None)
        {
            if (!string.IsNullOrEmpty(Src))
            {
                output.CopyHtmlAttribute("src", context);
                ProcessUrlAttribute("src", output);
            }

            return;
        }

        if (string.IsNullOrEmpty(Src))
            _parts.AddInlineScriptParts(Location, await InlineScriptAsync(output));
        else
            _parts.AddScriptParts(Location, Src, DebugSrc ?? string.Empty, ExcludeFromBundle);
        output.SuppressOutput();
    }

    private static async Task<string> InlineScriptAsync(TagHelperOutput output)
    {
        var script = new TagBuilder("script");
        var body = (await output.GetChildContentAsync()).GetContent();
        if (!string.IsNullOrEmpty(body))
            script.InnerHtml.SetHtmlContent(new HtmlString(body));
        foreach (var attribute in output.Attributes)
            script.MergeAttribute(attribute.Name, attribute.Value?.ToString(), replaceExisting: false);
        using var writer = new StringWriter();
        script.WriteTo(writer, HtmlEncoder.Default);
        return writer + Environment.NewLine;
    }
}

/// <summary>
/// nopCommerce 4.90.3's NopLinkTagHelper: every &lt;link rel="stylesheet"&gt; is suppressed and its file added to the
/// page's CSS parts, written in the head. For an AJAX request too: the parts of that request are never written.
/// </summary>
[HtmlTargetElement("link", Attributes = "[rel=stylesheet]")]
public sealed class HostLinkTagHelper : UrlResolutionTagHelper
{
    private readonly INopHtmlHelper _parts;

    public HostLinkTagHelper(IUrlHelperFactory urlHelperFactory, HtmlEncoder htmlEncoder, INopHtmlHelper parts)
        : base(urlHelperFactory, htmlEncoder) => _parts = parts;

    [HtmlAttributeName("asp-exclude-from-bundle")]
    public bool ExcludeFromBundle { get; set; }

    [HtmlAttributeName("href")]
    public string? Href { get; set; }

    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        _parts.AddCssFileParts(Href!, string.Empty, ExcludeFromBundle);
        output.SuppressOutput();
        return Task.CompletedTask;
    }
}

/// <summary>nopCommerce's WebHelper.IsAjaxRequest: the X-Requested-With header jQuery's $.ajax sends.</summary>
public static class HostRequests
{
    public static bool IsAjax(HttpRequest request) => request.Headers.XRequestedWith == "XMLHttpRequest";
}
