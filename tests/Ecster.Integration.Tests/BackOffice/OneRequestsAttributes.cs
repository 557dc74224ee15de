using System.Collections.Concurrent;
using Nop.Core;
using Nop.Core.Caching;
using Nop.Services.Common;

namespace Ecster.Integration.Tests.BackOffice;

/// <summary>
/// Generic attributes as one request of a nopCommerce node sees them: each entity's values are cached on first read
/// for the rest of the request (nopCommerce's per-request cache, keyed "Nop.genericattribute.{id}-{group}"), cleared
/// only by this request's own writes or an explicit removal, never by another node's write to the shared database.
/// </summary>
internal sealed class OneRequestsAttributes(InMemoryGenericAttributes database) : IGenericAttributeService, IShortTermCacheManager
{
    private readonly ConcurrentDictionary<string, object?> _cache = new(StringComparer.Ordinal);

    public Task<TPropType> GetAttributeAsync<TPropType>(BaseEntity entity, string key, int storeId = 0, TPropType defaultValue = default!)
    {
        var cacheKey = $"Nop.genericattribute.{entity.Id}-{entity.GetType().Name}:{key}:{storeId}";
        if (_cache.TryGetValue(cacheKey, out var cached))
            return Task.FromResult(cached is null ? defaultValue : (TPropType)cached);
        var fresh = database.GetAttributeAsync(entity, key, storeId, defaultValue).Result;
        _cache[cacheKey] = fresh;
        return Task.FromResult(fresh);
    }

    public async Task SaveAttributeAsync<TPropType>(BaseEntity entity, string key, TPropType value, int storeId = 0)
    {
        await database.SaveAttributeAsync(entity, key, value, storeId);
        Remove("Nop.genericattribute.{0}-{1}", entity.Id, entity.GetType().Name);
    }

    public void Remove(string cacheKey, params object[] cacheKeyParameters)
    {
        var prefix = string.Format(cacheKey, cacheKeyParameters);
        foreach (var k in _cache.Keys.Where(k => k.StartsWith(prefix + ":", StringComparison.Ordinal)))
            _cache.TryRemove(k, out _);
    }

    public Task<TPropType> GetAttributeAsync<TEntity, TPropType>(int entityId, string key, int storeId = 0, TPropType defaultValue = default!)
        where TEntity : BaseEntity => throw new NotSupportedException();

    public Task DeleteAttributesAsync<TEntity>(string key) => throw new NotSupportedException();

    public void RemoveByPrefix(string prefix, params object[] prefixParameters) => throw new NotSupportedException();

    public Task<T> GetAsync<T>(Func<Task<T>> acquire, CacheKey cacheKey, params object[] cacheKeyParameters) => throw new NotSupportedException();

    public CacheKey PrepareKey(CacheKey cacheKey, params object[] cacheKeyParameters) => throw new NotSupportedException();

    public CacheKey PrepareKeyForDefaultCache(CacheKey cacheKey, params object[] cacheKeyParameters) => throw new NotSupportedException();
}
