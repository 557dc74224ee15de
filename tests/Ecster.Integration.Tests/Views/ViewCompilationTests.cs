using Ecster.Integration.Tests.Browser.Host;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.Razor.Compilation;
using Microsoft.AspNetCore.Razor.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Ecster.Integration.Tests.Views;

/// <summary>
/// Every .cshtml the zip ships compiles as a store compiles it: at run time, from Plugins/Payments.Ecster/Views, with
/// only the plugin's own Views/_ViewImports.cshtml (a store never applies Nop.Web's imports to plugin views), against
/// nopCommerce's types as ref/ declares them. A view that uses NopHtml, a tag helper or a namespace its imports do not
/// give it fails here, as it would fail in a store with a 500 on the page that shows it.
/// </summary>
[Category("Views")]
public class ViewCompilationTests
{
    private PluginViewFolder _views = null!;
    private StoreHost _store = null!;

    public static IEnumerable<string> ShippedViews() => PluginViewFolder.ShippedViews();

    [OneTimeSetUp]
    public async Task StartStore()
    {
        _views = PluginViewFolder.AsShipped();
        _store = await StoreHost.StartAsync(new StoreOptions(), _views);
    }

    [OneTimeTearDown]
    public async Task StopStore() => await _store.DisposeAsync();

    private Task<CompiledViewDescriptor> CompileAsync(string path) =>
        _store.Services.GetRequiredService<IViewCompilerProvider>().GetCompiler().CompileAsync(path);

    [TestCaseSource(nameof(ShippedViews))]
    public async Task A_shipped_view_compiles_with_only_the_plugins_own_imports(string view)
    {
        try
        {
            var compiled = await CompileAsync($"{PluginViewFolder.ViewsPath}/{view}");
            Assert.That(compiled.Type, Is.Not.Null);
        }
        catch (Exception error) when (error is ICompilationException failure)
        {
            Assert.Fail(string.Join("\n", failure.CompilationFailures!.SelectMany(f => f!.Messages!.Select(m => $"{f.SourceFilePath}:{m!.StartLine}: {m.Message}"))));
        }
    }

    [Test]
    public void The_zip_ships_views()
    {
        Assert.That(ShippedViews(), Does.Contain("Public/PaymentInfo.cshtml").And.Contain("Public/MonthlyCost.cshtml").And.Contain("Admin/OrderPanel.cshtml"));
    }

    /// <summary>The guard can fail: a view outside the plugin's folder gets no imports at all, so NopHtml is unknown
    /// there (CS0103), exactly as Nop.Web's NopHtml is unknown to a plugin view without its own @inject.</summary>
    [Test]
    public void A_view_using_NopHtml_without_imports_that_give_it_does_not_compile()
    {
        var file = Path.Combine(_views.Root, "Plugins", "Other", "Views", "UsesNopHtml.cshtml");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, "@{ NopHtml.AppendCssFileParts(\"~/x.css\"); }\n<p>x</p>\n");

        var error = Assert.CatchAsync(() => CompileAsync("/Plugins/Other/Views/UsesNopHtml.cshtml"));
        Assert.That(error, Is.InstanceOf<ICompilationException>());
        Assert.That(((ICompilationException)error!).CompilationFailures!.SelectMany(f => f!.Messages!).Select(m => m!.Message), Has.Some.Contains("NopHtml"));
    }

    /// <summary>nopCommerce's admin tag helpers bind asp-for to the model, as in a store: a misspelt setting fails here.</summary>
    [Test]
    public void An_admin_editor_for_a_property_the_model_lacks_does_not_compile()
    {
        var view = _views.AddView("Admin/Misspelt.cshtml",
            "@model Nop.Plugin.Payments.Ecster.Models.Admin.ConfigurationModel\n<nop-editor asp-for=\"OfferInvoce\" />\n");

        var error = Assert.CatchAsync(() => CompileAsync(view[1..]));
        Assert.That(error, Is.InstanceOf<ICompilationException>());
        Assert.That(((ICompilationException)error!).CompilationFailures!.SelectMany(f => f!.Messages!).Select(m => m!.Message), Has.Some.Contains("OfferInvoce"));
    }
}
