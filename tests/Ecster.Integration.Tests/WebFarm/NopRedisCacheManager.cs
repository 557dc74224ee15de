using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Newtonsoft.Json;
using Nop.Core;
using Nop.Core.Caching;
using StackExchange.Redis;

namespace Ecster.Integration.Tests.WebFarm;

/// <summary>
/// nopCommerce 4.90.3's RedisCacheManager (IStaticCacheManager when appsettings choose the Redis distributed
/// cache) on its base DistributedCacheManager, rebuilt since ref/ has no bodies. What the plugin relies on is
/// kept as nopCommerce has it: values are Newtonsoft JSON (default settings) in Redis through
/// <see cref="RedisCache"/>, expiring after the key's CacheTime minutes; an acquire-read first looks in this
/// instance's own copy (nopCommerce registers the manager per request, so that copy lives for one request);
/// a read by default value and every write go to Redis; a prefix is removed by scanning the server's keys.
/// </summary>
internal sealed class NopRedisCacheManager : IStaticCacheManager
{
    /// <summary>nopCommerce's CacheConfig.DefaultCacheTime (minutes), what a new CacheKey starts with.</summary>
    private const int DefaultCacheTime = 60;

    private readonly IConnectionMultiplexer _connection;
    private readonly string _instanceName;
    private readonly IDistributedCache _distributedCache;
    private readonly ConcurrentDictionary<string, object> _local = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<object>>> _ongoing = new(StringComparer.Ordinal);

    /// <param name="connection">The node's connection to the shared Redis.</param>
    /// <param name="instanceName">appsettings' DistributedCacheConfig.InstanceName: the prefix of every key.</param>
    public NopRedisCacheManager(IConnectionMultiplexer connection, string instanceName)
    {
        _connection = connection;
        _instanceName = instanceName;
        _distributedCache = Distributed(connection, instanceName);
    }

    /// <summary>The <see cref="IDistributedCache"/> nopCommerce's AddStackExchangeRedisCache registers, on this connection.</summary>
    public static IDistributedCache Distributed(IConnectionMultiplexer connection, string instanceName) => new RedisCache(new RedisCacheOptions
    {
        InstanceName = instanceName,
        ConnectionMultiplexerFactory = () => Task.FromResult(connection)
    });

    public CacheKey PrepareKey(CacheKey cacheKey, params object[] cacheKeyParameters) =>
        new(cacheKeyParameters.Length == 0 ? cacheKey.Key : string.Format(cacheKey.Key, cacheKeyParameters.Select(KeyParameter).ToArray()))
        {
            CacheTime = DefaultCacheTime
        };

    public CacheKey PrepareKeyForDefaultCache(CacheKey cacheKey, params object[] cacheKeyParameters) => PrepareKey(cacheKey, cacheKeyParameters);

    public async Task<T> GetAsync<T>(CacheKey key, Func<Task<T>> acquire)
    {
        if (_local.TryGetValue(key.Key, out var data))
            return (T)data;

        var lazy = _ongoing.GetOrAdd(key.Key, _ => new(async () => (await acquire())!, true));
        var setTask = Task.CompletedTask;
        try
        {
            if (lazy.IsValueCreated)
                return (T)await lazy.Value;

            var json = await _distributedCache.GetStringAsync(key.Key);
            T item;
            if (string.IsNullOrEmpty(json))
            {
                item = (T)await lazy.Value;
                if (key.CacheTime == 0 || item is null)
                    return item;
                setTask = _distributedCache.SetStringAsync(key.Key, JsonConvert.SerializeObject(item), EntryOptions(key));
            }
            else
            {
                item = JsonConvert.DeserializeObject<T>(json)!;
            }

            _local[key.Key] = item!;
            return item;
        }
        finally
        {
            _ = setTask.ContinueWith(_ => _ongoing.TryRemove(KeyValuePair.Create(key.Key, lazy)));
        }
    }

    public Task<T> GetAsync<T>(CacheKey key, Func<T> acquire) => GetAsync(key, () => Task.FromResult(acquire()));

    public async Task<T> GetAsync<T>(CacheKey key, T defaultValue = default!)
    {
        var json = await _distributedCache.GetStringAsync(key.Key);
        return json != null ? JsonConvert.DeserializeObject<T>(json)! : defaultValue;
    }

    public async Task<object> GetAsync(CacheKey key) => await GetAsync<object>(key);

    public async Task RemoveAsync(CacheKey cacheKey, params object[] cacheKeyParameters)
    {
        var key = PrepareKey(cacheKey, cacheKeyParameters).Key;
        _ongoing.TryRemove(key, out _);
        await _distributedCache.RemoveAsync(key);
        _local.TryRemove(key, out _);
    }

    public async Task SetAsync<T>(CacheKey key, T data)
    {
        if (data is null || key.CacheTime <= 0)
            return;

        _local[key.Key] = data;
        await _distributedCache.SetStringAsync(key.Key, JsonConvert.SerializeObject(data), EntryOptions(key));
    }

    public async Task RemoveByPrefixAsync(string prefix, params object[] prefixParameters)
    {
        prefix = prefixParameters.Length == 0 ? prefix : string.Format(prefix, prefixParameters.Select(KeyParameter).ToArray());
        var db = _connection.GetDatabase();
        foreach (var endPoint in _connection.GetEndPoints())
        {
            var keys = await _connection.GetServer(endPoint).KeysAsync(db.Database, _instanceName + prefix + "*").ToListAsync();
            await db.KeyDeleteAsync(keys.ToArray());
        }
        foreach (var key in _local.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)))
            _local.TryRemove(key, out _);
    }

    public async Task ClearAsync()
    {
        foreach (var endPoint in _connection.GetEndPoints())
            await _connection.GetServer(endPoint).FlushDatabaseAsync(_connection.GetDatabase().Database);
        _local.Clear();
    }

    public void Dispose()
    {
    }

    private static DistributedCacheEntryOptions EntryOptions(CacheKey key) =>
        new() { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(key.CacheTime) };

    // CacheKeyService.CreateCacheKeyParameters, less the id-list hashes no plugin key uses.
    private static object KeyParameter(object parameter) => parameter switch
    {
        null => "null",
        BaseEntity entity => entity.Id,
        decimal amount => amount.ToString(CultureInfo.InvariantCulture),
        _ => parameter
    };
}
