using Ecster.Sandbox.Faults;
using Ecster.Sandbox.Hosting;
using Ecster.Sandbox.Inspection;
using Ecster.Sandbox.Model;

namespace Ecster.Sandbox;

/// <summary>
/// An in-process sandbox for tests: Kestrel on 127.0.0.1 with a free port.
/// <code>
/// await using var sandbox = await SandboxServer.StartAsync();
/// http.BaseAddress = sandbox.BaseAddress; // then call sandbox.BaseAddress + "rest/public/v1/..."
/// </code>
/// </summary>
public sealed class SandboxServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SandboxRuntime _runtime;

    private SandboxServer(WebApplication app, SandboxRuntime runtime, Uri baseAddress)
    {
        _app = app;
        _runtime = runtime;
        BaseAddress = baseAddress;
        Inspector = new SandboxInspector(runtime);
    }

    /// <summary>The root, e.g. http://127.0.0.1:54321/ (the API is under rest/public/v1/).</summary>
    public Uri BaseAddress { get; }

    /// <summary>The API root, e.g. http://127.0.0.1:54321/rest/public/v1/.</summary>
    public Uri ApiBaseAddress => new(BaseAddress, "rest/public/v1/");

    public string ApiKey => _runtime.Options.Credentials[0].ApiKey;
    public string MerchantKey => _runtime.Options.Credentials[0].MerchantKey;
    public string MerchantId => _runtime.Options.Credentials[0].MerchantId;

    public SandboxOptions Options => _runtime.Options;
    public SandboxInspector Inspector { get; }

    public static async Task<SandboxServer> StartAsync(SandboxOptions? options = null, CancellationToken ct = default)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SandboxServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var (app, runtime) = SandboxApp.Build(builder, options ?? new SandboxOptions(), ["http://127.0.0.1:0"]);
        await app.StartAsync(ct);
        var bound = app.Urls.First();
        return new SandboxServer(app, runtime, new Uri(bound.TrimEnd('/') + "/"));
    }

    /// <summary>Forgets every order, identification, notification, request and fault scenario.</summary>
    public void Reset() => _runtime.Reset();

    /// <summary>Like POST /sandbox/faults; <paramref name="times"/> null means every matching request.</summary>
    public FaultScenarioView AddFault(string path, string fault, string? method = null, int? times = null) =>
        _runtime.Faults.Add(path, method, fault, times);

    public void ClearFaults() => _runtime.Faults.Clear();

    /// <summary>Removes one fault scenario, so parallel tests can each clean up only their own.</summary>
    public bool RemoveFault(string id) => _runtime.Faults.Remove(id);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _runtime.DisposeAsync();
    }
}
