using Nop.Plugin.Payments.Ecster.Tests;

namespace Ecster.Integration.Tests.Browser.Host;

/// <summary>
/// A store's content root holding only the plugin's views, where nopCommerce puts them: Plugins/Payments.Ecster/Views.
/// No _ViewImports.cshtml above that folder, so a view gets exactly what the plugin's own Views/_ViewImports.cshtml
/// gives it, as in a store (Nop.Web's imports do not apply to plugin views).
/// </summary>
public sealed class PluginViewFolder : IDisposable
{
    public const string ViewsPath = "/Plugins/Payments.Ecster/Views";
    private const string NopBasePage = "@inherits Nop.Web.Framework.Mvc.Razor.NopRazorPage<TModel>";

    private PluginViewFolder(string root) => Root = root;

    public string Root { get; }

    public string ViewsDirectory => Path.Combine(Root, "Plugins", "Payments.Ecster", "Views");

    /// <summary>The views exactly as the zip ships them: for compiling against nopCommerce's types (ref/).</summary>
    public static PluginViewFolder AsShipped() => Copy(forRendering: false);

    /// <summary>
    /// The views as shipped, except that the base page is the test store's (nopCommerce's page with T implemented,
    /// since ref/ has no bodies) and the test store's script and link tag helpers (nopCommerce's, mirrored) are added.
    /// </summary>
    public static PluginViewFolder ForRendering() => Copy(forRendering: true);

    /// <summary>The relative paths (from the repo's Views folder) of every view the zip ships.</summary>
    public static IReadOnlyList<string> ShippedViews() =>
        Directory.GetFiles(RepoPaths.Combine("Views"), "*.cshtml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepoPaths.Combine("Views"), f).Replace('\\', '/'))
            .Where(f => !f.EndsWith("_ViewImports.cshtml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static PluginViewFolder Copy(bool forRendering)
    {
        var folder = new PluginViewFolder(Path.Combine(Path.GetTempPath(), "ecster-store-" + Guid.NewGuid().ToString("N")));
        var source = RepoPaths.Combine("Views");
        foreach (var file in Directory.GetFiles(source, "*.cshtml", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder.ViewsDirectory, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        if (forRendering)
        {
            var imports = Path.Combine(folder.ViewsDirectory, "_ViewImports.cshtml");
            var text = File.ReadAllText(imports);
            if (!text.Contains(NopBasePage, StringComparison.Ordinal))
                throw new InvalidOperationException("The plugin's _ViewImports.cshtml no longer inherits nopCommerce's NopRazorPage.");
            File.WriteAllText(imports, text.Replace(NopBasePage, $"@inherits {typeof(HostRazorPage<>).Namespace}.HostRazorPage<TModel>", StringComparison.Ordinal)
                                       + $"\n@addTagHelper *, {typeof(HostScriptTagHelper).Assembly.GetName().Name}\n");
        }

        return folder;
    }

    /// <summary>Adds a view of the test's own under the plugin's Views folder (gets the plugin's imports).</summary>
    public string AddView(string relativePath, string content)
    {
        var target = Path.Combine(ViewsDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, content);
        return $"~{ViewsPath}/{relativePath}";
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
