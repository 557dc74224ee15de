using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace Ecster.Integration.Tests.WebFarm;

/// <summary>
/// A real Redis (Debian's <c>redis-server</c>) on a free loopback port, with nothing written to disk, stopped on
/// dispose. A missing server is an error, never a skip: CI installs it, so a web-farm test that cannot meet Redis
/// must not pass by saying nothing.
/// </summary>
internal sealed class RedisServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _directory;

    private RedisServer(Process process, string directory, int port)
    {
        _process = process;
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The connection string a node's distributed cache uses (admin, as nopCommerce's ClearAsync flushes).</summary>
    public string Configuration => $"127.0.0.1:{Port},allowAdmin=true,abortConnect=false";

    public static async Task<RedisServer> StartAsync()
    {
        var port = FreePort();
        var directory = Directory.CreateTempSubdirectory("ecster-redis-").FullName;
        var start = new ProcessStartInfo("redis-server")
        {
            // No RDB snapshots, no append-only file: a cache for the test's life only.
            ArgumentList = { "--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", directory },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        }
        catch (Win32Exception error)
        {
            throw new InvalidOperationException(
                "redis-server is not installed: the web-farm tests need a real Redis (Debian: apt-get install redis-server; .ci/run installs it).", error);
        }
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new RedisServer(process, directory, port);
        await server.WaitUntilAnsweringAsync();
        return server;
    }

    private async Task WaitUntilAnsweringAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"redis-server exited at start with code {_process.ExitCode}.");
            try
            {
                await using var probe = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{Port},abortConnect=true,connectTimeout=500");
                await probe.GetDatabase().PingAsync();
                return;
            }
            catch (RedisConnectionException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
