using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Ecster.Benchmarks;

/// <summary>
/// The sandbox as its own process on a free loopback port, as Ecster is to a store: a separate server. In-process it
/// would share the benchmark's garbage collector and threads, and the client's allocations would pause the server
/// too, charging the client for the server's stalls. Runs the sandbox's Release build (`dotnet build -c Release`).
/// </summary>
internal sealed class SandboxProcess : IAsyncDisposable
{
    private readonly Process _process;

    private SandboxProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public Uri ApiBaseAddress => new(BaseAddress, "rest/public/v1/");

    public string ApiKey => "sandbox-api-key";

    public string MerchantKey => "sandbox-merchant-key";

    /// <param name="settings">Sandbox settings, e.g. <c>--Sandbox:BankIdPendingPolls=0</c>.</param>
    public static async Task<SandboxProcess> StartAsync(params string[] settings)
    {
        var dll = Path.Combine(RepoRoot(), "src", "Ecster.Sandbox", "bin", "Release", "net10.0", "Ecster.Sandbox.dll");
        if (!File.Exists(dll))
            throw new FileNotFoundException("Build the repository in Release first (dotnet build -c Release).", dll);

        var port = FreePort();
        var process = Process.Start(new ProcessStartInfo("dotnet", $"\"{dll}\" --urls http://127.0.0.1:{port} {string.Join(' ', settings)}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false
        })!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var sandbox = new SandboxProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(1) };
        for (var attempt = 0; attempt < 300; attempt++)
        {
            try
            {
                if ((await probe.GetAsync(sandbox.BaseAddress)).StatusCode == HttpStatusCode.OK)
                    return sandbox;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        await sandbox.DisposeAsync();
        throw new InvalidOperationException("The sandbox did not start.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Nop.Plugin.Payments.Ecster.sln")))
                return dir.FullName;
        throw new DirectoryNotFoundException("The repository root (Nop.Plugin.Payments.Ecster.sln) was not found above " + AppContext.BaseDirectory);
    }
}
