using Microsoft.Extensions.Caching.Distributed;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;
using StackExchange.Redis;

namespace Ecster.Integration.Tests.WebFarm;

/// <summary>
/// One server of a nopCommerce web farm as the plugin sees it: its own connection to the shared Redis, the
/// static cache and locker nopCommerce registers for a Redis distributed cache, and the plugin's singleton
/// <see cref="OrderLocks"/> on that locker.
/// </summary>
internal sealed class FarmNode : IAsyncDisposable
{
    private readonly ConnectionMultiplexer _connection;

    private FarmNode(ConnectionMultiplexer connection, string instanceName, Func<IDistributedCache, IDistributedCache>? wrap)
    {
        _connection = connection;
        Cache = new NopRedisCacheManager(connection, instanceName);
        var distributed = NopRedisCacheManager.Distributed(connection, instanceName);
        Locker = new NopDistributedCacheLocker(wrap is null ? distributed : wrap(distributed));
        Locks = new OrderLocks(Locker);
    }

    public NopRedisCacheManager Cache { get; }
    public NopDistributedCacheLocker Locker { get; }
    public OrderLocks Locks { get; }

    /// <param name="instanceName">The farm's key prefix (one per test, so tests sharing a server never meet).</param>
    /// <param name="wrap">Wraps the locker's distributed cache, to act between its reads and writes.</param>
    public static async Task<FarmNode> JoinAsync(RedisServer redis, string instanceName, Func<IDistributedCache, IDistributedCache>? wrap = null) =>
        new(await ConnectionMultiplexer.ConnectAsync(redis.Configuration), instanceName, wrap);

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();
}
