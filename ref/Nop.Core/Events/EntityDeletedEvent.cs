// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Events/EntityDeletedEvent.cs
namespace Nop.Core.Events;

public partial class EntityDeletedEvent<T> where T : BaseEntity
{
    public EntityDeletedEvent(T entity)
    {
        Entity = entity;
    }

    public T Entity { get; }
}
