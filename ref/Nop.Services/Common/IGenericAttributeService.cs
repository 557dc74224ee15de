// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/Common/IGenericAttributeService.cs
using Nop.Core;

namespace Nop.Services.Common;

// Typed attribute values on an entity; the GenericAttribute-entity members are left out.
public partial interface IGenericAttributeService
{
    Task DeleteAttributesAsync<TEntity>(string key);

    Task SaveAttributeAsync<TPropType>(BaseEntity entity, string key, TPropType value, int storeId = 0);

    Task<TPropType> GetAttributeAsync<TPropType>(BaseEntity entity, string key, int storeId = 0, TPropType defaultValue = default);

    Task<TPropType> GetAttributeAsync<TEntity, TPropType>(int entityId, string key, int storeId = 0, TPropType defaultValue = default)
        where TEntity : BaseEntity;
}
