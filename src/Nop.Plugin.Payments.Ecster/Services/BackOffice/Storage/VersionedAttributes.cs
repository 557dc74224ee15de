using Newtonsoft.Json;
using Nop.Core;
using Nop.Core.Caching;
using Nop.Services.Common;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice.Storage;

/// <summary>A document that carries its version, raised by every save.</summary>
public interface IVersionedDocument
{
    long Version { get; set; }
}

/// <summary>A list kept as one versioned document (a store's kept notifications, its checkout claims).</summary>
public sealed class VersionedList<T> : IVersionedDocument
{
    public long Version { get; set; }

    public List<T> Items { get; set; } = [];
}

/// <summary>
/// One JSON document per entity and key in nopCommerce's generic attributes: read past the request's own cache
/// (nopCommerce keeps an entity's generic attributes per request, and another request's or node's write never clears
/// that copy), and written only by a writer that loaded the latest version (<see cref="DocumentTurns"/>), so no
/// writer ever overwrites what another wrote since its load.
/// Storage decision: a plugin table would be the natural home, but nopCommerce's migrations need FluentMigrator 7.1.0
/// (what a 4.90 store ships), which cannot be obtained here; compiling against 8.x would make the plugin fail to
/// load in a 4.90 store. A table can replace this without changing the callers.
/// </summary>
public class VersionedAttributes
{
    /// <summary>How often <see cref="UpdateAsync{T}"/> loads afresh when other writers keep coming first.</summary>
    public const int MaxAttempts = 10;

    private static readonly JsonSerializerSettings Json = new() { NullValueHandling = NullValueHandling.Ignore };

    /// <summary>nopCommerce's per-request cache key of an entity's generic attributes (NopCommonDefaults.GenericAttributeCacheKey).</summary>
    private const string AttributesCacheKey = "Nop.genericattribute.{0}-{1}";

    private readonly IGenericAttributeService _genericAttributeService;
    private readonly IShortTermCacheManager _requestCache;
    private readonly DocumentTurns _turns;

    public VersionedAttributes(IGenericAttributeService genericAttributeService, IShortTermCacheManager requestCache, DocumentTurns turns)
    {
        _genericAttributeService = genericAttributeService;
        _requestCache = requestCache;
        _turns = turns;
    }

    public async Task<T> LoadAsync<T>(BaseEntity entity, string key) where T : class, IVersionedDocument, new()
    {
        _requestCache.Remove(AttributesCacheKey, entity.Id, KeyGroupOf(entity));
        var json = await _genericAttributeService.GetAttributeAsync<string>(entity, key);
        return string.IsNullOrWhiteSpace(json) ? new T() : JsonConvert.DeserializeObject<T>(json, Json) ?? new T();
    }

    /// <summary>Saves over the version loaded; false, with nothing written, when another writer saved since.</summary>
    public async Task<bool> TrySaveAsync<T>(BaseEntity entity, string key, T document) where T : class, IVersionedDocument
    {
        if (!await _turns.TakeAsync(KeyGroupOf(entity), entity.Id, key, document.Version))
            return false;
        document.Version++;
        await _genericAttributeService.SaveAttributeAsync(entity, key, Serialize(document));
        return true;
    }

    /// <summary>
    /// Loads, changes and saves; when another writer came first, loads afresh and changes again, so
    /// <paramref name="change"/> must derive everything it reports from the document it is given.
    /// </summary>
    /// <exception cref="DocumentConflictException">Other writers came first <see cref="MaxAttempts"/> times.</exception>
    public async Task UpdateAsync<T>(BaseEntity entity, string key, Action<T> change) where T : class, IVersionedDocument, new()
    {
        for (var attempt = 1; ; attempt++)
        {
            var document = await LoadAsync<T>(entity, key);
            change(document);
            if (await TrySaveAsync(entity, key, document))
                return;
            if (attempt == MaxAttempts)
                throw new DocumentConflictException(KeyGroupOf(entity), entity.Id, key);
            await Task.Delay(Random.Shared.Next(10, 50));
        }
    }

    /// <summary>The document as it would be stored, to tell whether a save would change anything.</summary>
    public static string Serialize<T>(T document) => JsonConvert.SerializeObject(document, Json);

    // As nopCommerce's generic attribute service names an entity's key group.
    private static string KeyGroupOf(BaseEntity entity) => entity.GetType().Name;
}

/// <summary>A save over a version the writer did not load: nothing was written; the caller's work is refused.</summary>
public sealed class DocumentConflictException(string keyGroup, int entityId, string key)
    : Exception($"The Ecster document {key} of {keyGroup} {entityId} changed underneath.");
