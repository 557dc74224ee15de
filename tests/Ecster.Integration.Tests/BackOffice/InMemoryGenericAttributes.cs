using System.Collections.Concurrent;
using Nop.Core;
using Nop.Services.Common;

namespace Ecster.Integration.Tests.BackOffice;

/// <summary>
/// nopCommerce's generic attributes kept in memory, keyed as the real service keys them (entity type name, id,
/// key, store), so the ledger and the notification inbox really persist across calls and service instances.
/// </summary>
internal sealed class InMemoryGenericAttributes : IGenericAttributeService
{
    private readonly ConcurrentDictionary<(string Group, int Id, string Key, int Store), string> _values = new();

    public int Writes;

    public Task DeleteAttributesAsync<TEntity>(string key)
    {
        foreach (var k in _values.Keys.Where(k => k.Group == typeof(TEntity).Name && k.Key == key))
            _values.TryRemove(k, out _);
        return Task.CompletedTask;
    }

    public Task SaveAttributeAsync<TPropType>(BaseEntity entity, string key, TPropType value, int storeId = 0)
    {
        Interlocked.Increment(ref Writes);
        var k = (entity.GetType().Name, entity.Id, key, storeId);
        var text = value?.ToString();
        // As the real service does: an empty value deletes the attribute.
        if (string.IsNullOrWhiteSpace(text))
            _values.TryRemove(k, out _);
        else
            _values[k] = text;
        return Task.CompletedTask;
    }

    public Task<TPropType> GetAttributeAsync<TPropType>(BaseEntity entity, string key, int storeId = 0, TPropType defaultValue = default!) =>
        Task.FromResult(_values.TryGetValue((entity.GetType().Name, entity.Id, key, storeId), out var text) ? (TPropType)(object)text : defaultValue);

    public Task<TPropType> GetAttributeAsync<TEntity, TPropType>(int entityId, string key, int storeId = 0, TPropType defaultValue = default!)
        where TEntity : BaseEntity =>
        Task.FromResult(_values.TryGetValue((typeof(TEntity).Name, entityId, key, storeId), out var text) ? (TPropType)(object)text : defaultValue);

    /// <summary>Every stored value, for scans of what the plugin keeps.</summary>
    public IEnumerable<string> AllValues() => _values.Values.ToList();

    public string? Raw(string group, int id, string key) => _values.TryGetValue((group, id, key, 0), out var text) ? text : null;
}
