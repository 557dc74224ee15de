using System.Linq.Expressions;
using Nop.Core;
using Nop.Core.Caching;
using Nop.Core.Domain.Common;
using Nop.Data;

namespace Ecster.Integration.Tests.BackOffice;

/// <summary>
/// The GenericAttribute table of the farm's shared database, as nopCommerce's repository reaches it: each insert,
/// query and predicate delete is one statement, atomic against every other (as the database makes a single DELETE),
/// and a delete answers how many rows it removed. Only what the plugin uses is here.
/// </summary>
internal sealed class InMemoryGenericAttributeRows : IRepository<GenericAttribute>
{
    private readonly object _statement = new();
    private readonly List<GenericAttribute> _rows = [];
    private int _nextId;

    /// <summary>Runs before each statement, to interleave writers at the points a test wants.</summary>
    public Func<string, Task>? BeforeStatement { get; set; }

    public IReadOnlyList<GenericAttribute> Snapshot()
    {
        lock (_statement)
            return _rows.Select(Copy).ToList();
    }

    public async Task InsertAsync(GenericAttribute entity, bool publishEvent = true)
    {
        await Before("insert");
        lock (_statement)
        {
            entity.Id = ++_nextId;
            _rows.Add(Copy(entity));
        }
    }

    public async Task<int> DeleteAsync(Expression<Func<GenericAttribute, bool>> predicate)
    {
        await Before("delete");
        var matches = predicate.Compile();
        lock (_statement)
            return _rows.RemoveAll(row => matches(row));
    }

    public async Task<IList<GenericAttribute>> GetAllAsync(Func<IQueryable<GenericAttribute>, IQueryable<GenericAttribute>> func = null!,
        Func<ICacheKeyService, CacheKey> getCacheKey = null!, bool includeDeleted = true)
    {
        await Before("select");
        lock (_statement)
        {
            var table = _rows.Select(Copy).AsQueryable();
            return (func is null ? table : func(table)).ToList();
        }
    }

    public IQueryable<GenericAttribute> Table => Snapshot().AsQueryable();

    private Task Before(string statement) => BeforeStatement?.Invoke(statement) ?? Task.CompletedTask;

    private static GenericAttribute Copy(GenericAttribute row) => new()
    {
        Id = row.Id, EntityId = row.EntityId, KeyGroup = row.KeyGroup, Key = row.Key, Value = row.Value,
        StoreId = row.StoreId, CreatedOrUpdatedDateUTC = row.CreatedOrUpdatedDateUTC
    };

    public Task<GenericAttribute> GetByIdAsync(int? id, Func<ICacheKeyService, CacheKey> getCacheKey = null!, bool includeDeleted = true, bool useShortTermCache = false) => throw new NotSupportedException();
    public GenericAttribute GetById(int? id, Func<ICacheKeyService, CacheKey> getCacheKey = null!, bool includeDeleted = true) => throw new NotSupportedException();
    public Task<IList<GenericAttribute>> GetByIdsAsync(IList<int> ids, Func<ICacheKeyService, CacheKey> getCacheKey = null!, bool includeDeleted = true) => throw new NotSupportedException();
    public Task<IList<GenericAttribute>> GetAllAsync(Func<IQueryable<GenericAttribute>, Task<IQueryable<GenericAttribute>>> func = null!, Func<ICacheKeyService, CacheKey> getCacheKey = null!, bool includeDeleted = true) => throw new NotSupportedException();
    public IList<GenericAttribute> GetAll(Func<IQueryable<GenericAttribute>, IQueryable<GenericAttribute>> func = null!, Func<ICacheKeyService, CacheKey> getCacheKey = null!, bool includeDeleted = true) => throw new NotSupportedException();
    public Task<IList<GenericAttribute>> GetAllAsync(Func<IQueryable<GenericAttribute>, Task<IQueryable<GenericAttribute>>> func, Func<ICacheKeyService, Task<CacheKey>> getCacheKey, bool includeDeleted = true) => throw new NotSupportedException();
    public Task<IPagedList<GenericAttribute>> GetAllPagedAsync(Func<IQueryable<GenericAttribute>, IQueryable<GenericAttribute>> func = null!, int pageIndex = 0, int pageSize = int.MaxValue, bool getOnlyTotalCount = false, bool includeDeleted = true) => throw new NotSupportedException();
    public Task<IPagedList<GenericAttribute>> GetAllPagedAsync(Func<IQueryable<GenericAttribute>, Task<IQueryable<GenericAttribute>>> func = null!, int pageIndex = 0, int pageSize = int.MaxValue, bool getOnlyTotalCount = false, bool includeDeleted = true) => throw new NotSupportedException();
    public void Insert(GenericAttribute entity, bool publishEvent = true) => throw new NotSupportedException();
    public Task InsertAsync(IList<GenericAttribute> entities, bool publishEvent = true) => throw new NotSupportedException();
    public void Insert(IList<GenericAttribute> entities, bool publishEvent = true) => throw new NotSupportedException();
    public Task UpdateAsync(GenericAttribute entity, bool publishEvent = true) => throw new NotSupportedException();
    public void Update(GenericAttribute entity, bool publishEvent = true) => throw new NotSupportedException();
    public Task UpdateAsync(IList<GenericAttribute> entities, bool publishEvent = true) => throw new NotSupportedException();
    public void Update(IList<GenericAttribute> entities, bool publishEvent = true) => throw new NotSupportedException();
    public Task DeleteAsync(GenericAttribute entity, bool publishEvent = true) => throw new NotSupportedException();
    public void Delete(GenericAttribute entity, bool publishEvent = true) => throw new NotSupportedException();
    public Task DeleteAsync(IList<GenericAttribute> entities, bool publishEvent = true) => throw new NotSupportedException();
    public void Delete(IList<GenericAttribute> entities, bool publishEvent = true) => throw new NotSupportedException();
    public int Delete(Expression<Func<GenericAttribute, bool>> predicate) => throw new NotSupportedException();
    public Task<GenericAttribute> LoadOriginalCopyAsync(GenericAttribute entity) => throw new NotSupportedException();
    public Task TruncateAsync(bool resetIdentity = false) => throw new NotSupportedException();
}
