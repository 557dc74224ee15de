using System.Net;
using Microsoft.AspNetCore.Html;
using Nop.Web.Framework.UI;

namespace Ecster.Integration.Tests.Browser.Host;

/// <summary>
/// The page parts of one request, as nopCommerce's NopHtmlHelper keeps them: script files and inline scripts per
/// location and stylesheet files, each written where the store's layout writes them (head, or the end of the body).
/// "Add" puts a part last and "Append" first, as in nopCommerce. With bundling on, the files of a location (those not
/// excluded) are served as one bundle, as WebOptimizer does in a store.
/// </summary>
public sealed class HostNopHtml : INopHtmlHelper
{
    private readonly StoreOptions _options;
    private readonly Dictionary<ResourceLocation, List<(string Src, bool Exclude)>> _scripts = new();
    private readonly Dictionary<ResourceLocation, List<string>> _inline = new();
    private readonly List<(string Src, bool Exclude)> _css = [];

    public HostNopHtml(StoreOptions options) => _options = options;

    public void AddScriptParts(ResourceLocation location, string src, string debugSrc = "", bool excludeFromBundle = false) =>
        Parts(_scripts, location).Add((src, excludeFromBundle));

    public void AppendScriptParts(ResourceLocation location, string src, string debugSrc = "", bool excludeFromBundle = false) =>
        Parts(_scripts, location).Insert(0, (src, excludeFromBundle));

    public IHtmlContent GenerateScripts(ResourceLocation location) =>
        Files(Parts(_scripts, location).Distinct().ToList(), "js", src => $"<script src=\"{WebUtility.HtmlEncode(src)}\"></script>");

    public void AddInlineScriptParts(ResourceLocation location, string script) => Parts(_inline, location).Add(script);

    public void AppendInlineScriptParts(ResourceLocation location, string script) => Parts(_inline, location).Insert(0, script);

    public IHtmlContent GenerateInlineScripts(ResourceLocation location) => new HtmlString(string.Concat(Parts(_inline, location)));

    public void AddCssFileParts(string src, string debugSrc = "", bool excludeFromBundle = false) => _css.Add((src, excludeFromBundle));

    public void AppendCssFileParts(string src, string debugSrc = "", bool excludeFromBundle = false) => _css.Insert(0, (src, excludeFromBundle));

    public IHtmlContent GenerateCssFiles() =>
        Files(_css.Distinct().ToList(), "css", src => $"<link rel=\"stylesheet\" href=\"{WebUtility.HtmlEncode(src)}\" />");

    private IHtmlContent Files(List<(string Src, bool Exclude)> files, string kind, Func<string, string> tag)
    {
        var html = new List<string>();
        var bundled = _options.Bundling ? files.Where(f => !f.Exclude).Select(f => Resolve(f.Src)).ToList() : [];
        if (bundled.Count > 0)
            html.Add(tag($"/bundles/{kind}?files={Uri.EscapeDataString(string.Join('|', bundled))}"));
        html.AddRange(files.Where(f => !_options.Bundling || f.Exclude).Select(f => tag(Resolve(f.Src))));
        return new HtmlString(string.Join("\n", html));
    }

    private static string Resolve(string src) => src.StartsWith("~/", StringComparison.Ordinal) ? src[1..] : src;

    private static List<T> Parts<T>(Dictionary<ResourceLocation, List<T>> parts, ResourceLocation location) =>
        parts.TryGetValue(location, out var list) ? list : parts[location] = [];

    // Head parts the plugin's views never use; the store's layout writes them, the test store has no use for them.
    public void AddTitleParts(string part) { }
    public void AppendTitleParts(string part) { }
    public Task<IHtmlContent> GenerateTitleAsync(bool addDefaultTitle = true, string part = "") => Task.FromResult<IHtmlContent>(HtmlString.Empty);
    public void AddMetaDescriptionParts(string part) { }
    public void AppendMetaDescriptionParts(string part) { }
    public Task<IHtmlContent> GenerateMetaDescriptionAsync(string part = "") => Task.FromResult<IHtmlContent>(HtmlString.Empty);
    public void AddMetaKeywordParts(string part) { }
    public void AppendMetaKeywordParts(string part) { }
    public Task<IHtmlContent> GenerateMetaKeywordsAsync(string part = "") => Task.FromResult<IHtmlContent>(HtmlString.Empty);
    public void AddCanonicalUrlParts(string part, bool withQueryString = false) { }
    public void AppendCanonicalUrlParts(string part) { }
    public IHtmlContent GenerateCanonicalUrls() => HtmlString.Empty;
    public void AddHeadCustomParts(string part) { }
    public void AppendHeadCustomParts(string part) { }
    public IHtmlContent GenerateHeadCustom() => HtmlString.Empty;
    public void AddPageCssClassParts(string part) { }
    public void AppendPageCssClassParts(string part) { }
    public string GeneratePageCssClasses(string part = "") => string.Empty;
    public void AddEditPageUrl(string url) { }
    public string GetEditPageUrl() => string.Empty;
    public void SetActiveMenuItemSystemName(string systemName) { }
    public string GetActiveMenuItemSystemName() => string.Empty;
    public string GetRouteName(bool handleDefaultRoutes = false) => string.Empty;
    public void AddJsonLdParts(string jsonLd) { }
}
