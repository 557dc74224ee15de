// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Caching/CacheKey.cs
namespace Nop.Core.Caching;

// CacheTime has no initialiser here: the real default comes from the store's appsettings, which a reference
// assembly does not have.
public partial class CacheKey
{
    public CacheKey(string key)
    {
        Key = key;
    }

    public virtual CacheKey Create(Func<object, object> createCacheKeyParameters, params object[] keyObjects) => throw null!;

    public string Key { get; protected set; }

    public int CacheTime { get; set; }
}
