using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Moq;
using Nop.Plugin.Payments.Ecster;
using Nop.Plugin.Payments.Ecster.Services;
using Nop.Plugin.Payments.Ecster.Tests;
using Nop.Services.Localization;
using Nop.Web.Framework.UI;

namespace Ecster.Integration.Tests.Browser.Host;

/// <summary>
/// A web host that renders the plugin's views the way a nopCommerce 4.90.3 store does where it matters: views compiled
/// at run time from Plugins/Payments.Ecster/Views with only the plugin's own _ViewImports.cshtml, against
/// nopCommerce's types (ref/) and the plugin; the plugin's view components and controllers; nopCommerce's script
/// and link tag helpers (mirrored) with the bundling switch; page parts written in the head and at the end of the
/// body after the store's jQuery; FluentValidation's automatic validation with the plugin's validators; AJAX requests
/// recognised by X-Requested-With as nopCommerce does. Each test adds
/// its pages (see <see cref="StorePages"/>) and the plugin services its views need.
/// </summary>
public sealed class StoreHost : IAsyncDisposable
{
    /// <summary>Debian's libjs-jquery: the store's jQuery (nopCommerce 4.90 ships 3.7; the page scripts need any 3.x).</summary>
    private const string JQueryFolder = "/usr/share/javascript/jquery";

    private readonly WebApplication _app;
    private readonly PluginViewFolder _views;

    private StoreHost(WebApplication app, PluginViewFolder views, Uri address, System.Collections.Concurrent.ConcurrentQueue<string> errors)
    {
        _app = app;
        _views = views;
        Address = address;
        Errors = errors;
    }

    public Uri Address { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Exceptions behind the endpoints, for a failing test to show.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Errors { get; }

    public Uri Url(string path) => new(Address, path.TrimStart('/'));

    public static async Task<StoreHost> StartAsync(StoreOptions options, PluginViewFolder views,
        Action<IServiceCollection>? services = null, Action<WebApplication>? endpoints = null)
    {
        Assert.That(File.Exists(Path.Combine(JQueryFolder, "jquery.min.js")), Is.True, "The test store needs Debian's libjs-jquery.");
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = views.Root });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton(options);
        builder.Services.AddScoped<INopHtmlHelper, HostNopHtml>();
        builder.Services.AddSingleton(Localization(options.Culture));
        builder.Services.AddAntiforgery();
        var mvc = builder.Services.AddControllersWithViews()
            .ConfigureApplicationPartManager(parts =>
            {
                parts.ApplicationParts.Clear();
                parts.ApplicationParts.Add(new AssemblyPart(typeof(EcsterPaymentMethod).Assembly));
            })
#pragma warning disable CS0618 // nopCommerce 4.90 compiles views at run time; so does its stand-in
            .AddRazorRuntimeCompilation(compilation =>
            {
                compilation.FileProviders.Clear();
                compilation.FileProviders.Add(new PhysicalFileProvider(views.Root));
                foreach (var reference in CompilationReferences())
                    compilation.AdditionalReferencePaths.Add(reference);
            });
#pragma warning restore CS0618
        // As nopCommerce 4.90.3's AddNopMvc: FluentValidation validates every bound model during model binding, with
        // the validators of every application part whose assembly name starts with "Nop" (the plugin's among them).
        builder.Services.AddFluentValidationAutoValidation().AddFluentValidationClientsideAdapters();
        builder.Services.AddValidatorsFromAssemblies(mvc.PartManager.ApplicationParts.OfType<AssemblyPart>()
            .Where(part => part.Name.StartsWith("Nop", StringComparison.InvariantCultureIgnoreCase))
            .Select(part => part.Assembly));
        services?.Invoke(builder.Services);
        var app = builder.Build();

        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        app.Use(async (context, next) =>
        {
            try
            {
                await next();
            }
            catch (Exception error)
            {
                errors.Enqueue($"{context.Request.Path}: {error}");
                throw;
            }
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(RepoPaths.Combine("Content")), RequestPath = "/Plugins/Payments.Ecster/Content"
        });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(JQueryFolder), RequestPath = "/lib/jquery" });
        app.MapGet("/theme/store.css", () => Results.Text(StoreTheme.Css, "text/css"));
        app.MapGet("/bundles/{kind}", (string kind, string files) => Bundle(kind, files));
        app.UseRouting();
        endpoints?.Invoke(app);

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StoreHost(app, views, new Uri(address.TrimEnd('/') + "/"), errors);
    }

    /// <summary>The plugin's texts in one culture, as the store's localisation service returns them (key when missing).</summary>
    public static ILocalizationService Localization(string culture)
    {
        var texts = EcsterLocaleResources.ForCulture(culture);
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) => texts.TryGetValue(key, out var t) ? t : key);
        return localization.Object;
    }

    /// <summary>What a view compiles against: .NET and ASP.NET Core, nopCommerce (ref/), the plugin and its client,
    /// and this assembly (the store's base page and tag helpers, used only by views prepared for rendering).</summary>
    private static IEnumerable<string> CompilationReferences()
    {
        var framework = new[] { typeof(object), typeof(Microsoft.AspNetCore.Mvc.Controller) }
            .Select(t => Path.GetDirectoryName(t.Assembly.Location)!)
            .SelectMany(dir => Directory.GetFiles(dir, "*.dll"));
        var own = new[]
        {
            typeof(Nop.Core.BaseEntity), typeof(Nop.Data.IRepository<>), typeof(Nop.Services.BaseNopResult), typeof(INopHtmlHelper),
            typeof(global::Ecster.Client.EcsterEnvironment), typeof(StoreHost)
        }.Select(t => t.Assembly.Location);
        return framework.Concat(own).Distinct();
    }

    /// <summary>A bundle as WebOptimizer serves it: the files one after the other, only from the store's own folders.</summary>
    private static IResult Bundle(string kind, string files)
    {
        var parts = new List<string>();
        foreach (var file in files.Split('|'))
        {
            string? path = file.StartsWith("/Plugins/Payments.Ecster/Content/", StringComparison.Ordinal)
                ? RepoPaths.Combine("Content", file["/Plugins/Payments.Ecster/Content/".Length..])
                : file.StartsWith("/lib/jquery/", StringComparison.Ordinal) ? Path.Combine(JQueryFolder, file["/lib/jquery/".Length..]) : null;
            if (path is null || path.Contains("..", StringComparison.Ordinal) || !File.Exists(path))
                return Results.NotFound();
            parts.Add(File.ReadAllText(path));
        }

        return Results.Text(string.Join(kind == "js" ? ";\n" : "\n", parts), kind == "js" ? "text/javascript" : "text/css");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _views.Dispose();
    }
}
