using Microsoft.Extensions.Caching.Memory;
using Nop.Core.Caching;

namespace Nop.Plugin.Payments.Ecster.Tests;

/// <summary>
/// A stand-in for nopCommerce 4.90.3's MemoryCacheManager (ref/ declares IStaticCacheManager without a body),
/// behaving as that class does: each key holds a <c>Lazy&lt;Task&lt;T&gt;&gt;</c> in an IMemoryCache, so callers
/// that find an entry share its one acquire; a failed or null acquire is removed; a key's CacheTime (minutes)
/// bounds its life and 0 means "not cached"; prefixes are removed by scanning the keys it has set. Reads by
/// default value return the stored object itself, as the memory manager does.
/// </summary>
public sealed class MemoryStaticCache : IStaticCacheManager
{
    private readonly MemoryCache _memory = new(new MemoryCacheOptions());
    private readonly HashSet<string> _keys = [];

    /// <summary>How many times an acquire function was run (the host's fetches).</summary>
    public int Acquisitions;

    /// <summary>The CacheTime (minutes) each key was last stored with.</summary>
    public Dictionary<string, int> CacheTimes { get; } = [];

    public CacheKey PrepareKey(CacheKey cacheKey, params object[] cacheKeyParameters) =>
        new(cacheKeyParameters.Length == 0 ? cacheKey.Key : string.Format(cacheKey.Key, cacheKeyParameters)) { CacheTime = 60 };

    public CacheKey PrepareKeyForDefaultCache(CacheKey cacheKey, params object[] cacheKeyParameters) => PrepareKey(cacheKey, cacheKeyParameters);

    public async Task<T> GetAsync<T>(CacheKey key, Func<Task<T>> acquire)
    {
        if (key.CacheTime <= 0)
            return await acquire();

        var lazy = _memory.GetOrCreate(key.Key, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(key.CacheTime);
            Track(key);
            return new Lazy<Task<T>>(() =>
            {
                Interlocked.Increment(ref Acquisitions);
                return acquire();
            }, true);
        })!;
        try
        {
            var data = await lazy.Value;
            if (data is null)
                await RemoveAsync(key);
            return data;
        }
        catch
        {
            await RemoveAsync(key);
            throw;
        }
    }

    public Task<T> GetAsync<T>(CacheKey key, Func<T> acquire) => GetAsync(key, () => Task.FromResult(acquire()));

    public async Task<T> GetAsync<T>(CacheKey key, T defaultValue = default!) =>
        _memory.Get<Lazy<Task<T>>>(key.Key) is { } lazy ? await lazy.Value : defaultValue;

    public async Task<object> GetAsync(CacheKey key) => _memory.Get(key.Key) is Lazy<Task<object>> lazy ? await lazy.Value : null!;

    public Task RemoveAsync(CacheKey cacheKey, params object[] cacheKeyParameters)
    {
        var key = PrepareKey(cacheKey, cacheKeyParameters).Key;
        _memory.Remove(key);
        lock (_keys)
            _keys.Remove(key);
        return Task.CompletedTask;
    }

    public Task SetAsync<T>(CacheKey key, T data)
    {
        if (data is not null && key.CacheTime > 0)
        {
            _memory.Set(key.Key, new Lazy<Task<T>>(() => Task.FromResult(data), true), TimeSpan.FromMinutes(key.CacheTime));
            Track(key);
        }
        return Task.CompletedTask;
    }

    public Task RemoveByPrefixAsync(string prefix, params object[] prefixParameters)
    {
        var start = prefixParameters.Length == 0 ? prefix : string.Format(prefix, prefixParameters);
        lock (_keys)
        {
            foreach (var key in _keys.Where(k => k.StartsWith(start, StringComparison.Ordinal)).ToList())
            {
                _memory.Remove(key);
                _keys.Remove(key);
            }
        }
        return Task.CompletedTask;
    }

    public Task ClearAsync()
    {
        _memory.Clear();
        lock (_keys)
            _keys.Clear();
        return Task.CompletedTask;
    }

    public void Dispose() => _memory.Dispose();

    private void Track(CacheKey key)
    {
        lock (_keys)
        {
            _keys.Add(key.Key);
            CacheTimes[key.Key] = key.CacheTime;
        }
    }
}
