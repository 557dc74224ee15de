namespace Ecster.Sandbox.Tests.Support;

/// <summary>A fresh sandbox per test, on a free loopback port; override <see cref="Options"/> to change its behaviour.</summary>
public abstract class SandboxTest
{
    protected SandboxServer Sandbox { get; private set; } = null!;
    protected SandboxApi Api { get; private set; } = null!;

    protected virtual SandboxOptions Options() => new();

    [SetUp]
    public async Task StartSandboxAsync()
    {
        Sandbox = await SandboxServer.StartAsync(Options());
        Api = new SandboxApi(Sandbox);
    }

    [TearDown]
    public async Task StopSandboxAsync()
    {
        Api.Dispose();
        await Sandbox.DisposeAsync();
    }
}
