using Ecster.Sandbox.Api;
using Ecster.Sandbox.Faults;
using Ecster.Sandbox.Http;
using Ecster.Sandbox.Inspection;

namespace Ecster.Sandbox.Hosting;

/// <summary>Builds the sandbox web application; used by both Program and <see cref="SandboxServer"/>.</summary>
internal static class SandboxApp
{
    public static (WebApplication App, SandboxRuntime Runtime) Build(WebApplicationBuilder builder, SandboxOptions options, IReadOnlyList<string> urls)
    {
        options.Validate();
        builder.WebHost.UseUrls(urls.ToArray());
        var runtime = new SandboxRuntime(options);
        builder.Services.AddSingleton(runtime);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(runtime.Faults);
        builder.Services.AddSingleton(runtime.Requests);
        builder.Services.AddSingleton<ErrorHandlingMiddleware>();

        var app = builder.Build();
        var time = options.TimeProvider;
        var errors = app.Services.GetRequiredService<ErrorHandlingMiddleware>();
        var credentials = new CredentialsMiddleware(options);
        var requestLog = new RequestLogMiddleware(runtime.Requests, time);
        var faults = new FaultInjectionMiddleware(runtime.Faults);

        app.Use(RequestIdMiddleware.InvokeAsync);
        // Any error status left without a body (unknown route, wrong method) still gets {code, message, type}.
        app.UseStatusCodePages(context => ErrorWriter.WriteAsync(context.HttpContext, ApiErrors.ForBareStatus(context.HttpContext.Response.StatusCode)));
        app.UseWhen(ApiPaths.IsApi, api => api.Use(requestLog.InvokeAsync));
        app.Use(errors.InvokeAsync);
        // Faults come before the key check: a fault simulates the network or a broken server, which keys cannot prevent.
        app.UseWhen(ApiPaths.IsApi, api =>
        {
            api.Use(faults.InvokeAsync);
            api.Use(credentials.InvokeAsync);
        });
        app.UseRouting();

        var v1 = app.MapGroup(ApiPaths.Root);
        PaymentMethodEndpoints.Map(v1, runtime);
        IdentificationEndpoints.Map(v1, runtime);
        TicketEndpoints.Map(v1, runtime);
        PaymentOptionEndpoints.Map(v1, runtime);
        OrderEndpoints.Map(v1, runtime);
        DebitConsentEndpoints.Map(v1, runtime);
        TransactionEndpoints.Map(v1, runtime);
        InspectionEndpoints.Map(app, runtime);
        HomePage.Map(app);

        app.Lifetime.ApplicationStopped.Register(() => runtime.DisposeAsync().AsTask().GetAwaiter().GetResult());
        return (app, runtime);
    }
}
