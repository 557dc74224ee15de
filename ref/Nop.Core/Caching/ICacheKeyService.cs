// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Caching/ICacheKeyService.cs
namespace Nop.Core.Caching;

public partial interface ICacheKeyService
{
    CacheKey PrepareKey(CacheKey cacheKey, params object[] cacheKeyParameters);

    CacheKey PrepareKeyForDefaultCache(CacheKey cacheKey, params object[] cacheKeyParameters);
}
