namespace Ecster.Integration.Tests.WebFarm.OnRedis;

/// <summary>
/// One Redis server for every web-farm test that needs one, started before the first and stopped after the
/// last; each test keeps to a farm of its own (a fresh key prefix), so tests never meet.
/// </summary>
[SetUpFixture]
public sealed class SharedRedis
{
    internal static RedisServer Server { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => Server = await RedisServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (Server is not null)
            await Server.DisposeAsync();
    }

    /// <summary>A farm of the test's own: nopCommerce's DistributedCacheConfig.InstanceName, the prefix of its keys.</summary>
    public static string NewFarm() => $"farm-{Guid.NewGuid():N}:";
}
