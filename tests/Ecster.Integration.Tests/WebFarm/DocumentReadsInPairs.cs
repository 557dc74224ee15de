using Nop.Core;
using Nop.Plugin.Payments.Ecster;
using Nop.Services.Common;

namespace Ecster.Integration.Tests.WebFarm;

/// <summary>
/// The farm's database (generic attributes) where the reads of one stored document (the ledger unless told) come in pairs: the first two reads of the
/// ledger wait for each other, and so do the next two (a read of the ledger document, or of its turn rows through
/// <see cref="Rows"/>). Two nodes inside one order's lock at once then both load the ledger before either saves,
/// and both look at what is stored again before either writes: the interleaving two nodes meet by chance, made
/// certain.
/// </summary>
internal sealed class DocumentReadsInPairs(IGenericAttributeService database, string documentKey = EcsterDefaults.LedgerAttributeKey) : IGenericAttributeService
{
    /// <summary>Hook for the rows store's statements: its reads (the ledger's turns) count as ledger reads.</summary>
    public async Task Rows(string statement)
    {
        if (statement == "select")
            await PairAsync();
    }

    private readonly TaskCompletionSource[] _pairs = [new(TaskCreationOptions.RunContinuationsAsynchronously), new(TaskCreationOptions.RunContinuationsAsynchronously)];
    private int _reads;

    private readonly string watched = documentKey;

    public async Task<TPropType> GetAttributeAsync<TPropType>(BaseEntity entity, string key, int storeId = 0, TPropType defaultValue = default!)
    {
        var value = await database.GetAttributeAsync(entity, key, storeId, defaultValue);
        if (key == watched)
            await PairAsync();
        return value;
    }

    private async Task PairAsync()
    {
        if (Interlocked.Increment(ref _reads) is not (var read and <= 4))
            return;
        var pair = _pairs[(read - 1) / 2];
        if (read % 2 == 0)
            pair.SetResult();
        await pair.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }

    public Task<TPropType> GetAttributeAsync<TEntity, TPropType>(int entityId, string key, int storeId = 0, TPropType defaultValue = default!)
        where TEntity : BaseEntity => database.GetAttributeAsync<TEntity, TPropType>(entityId, key, storeId, defaultValue);

    public Task SaveAttributeAsync<TPropType>(BaseEntity entity, string key, TPropType value, int storeId = 0) =>
        database.SaveAttributeAsync(entity, key, value, storeId);

    public Task DeleteAttributesAsync<TEntity>(string key) => database.DeleteAttributesAsync<TEntity>(key);
}
