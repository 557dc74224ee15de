// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Events/EntityUpdatedEvent.cs
namespace Nop.Core.Events;

public partial class EntityUpdatedEvent<T> where T : BaseEntity
{
    public EntityUpdatedEvent(T entity)
    {
        Entity = entity;
    }

    public T Entity { get; }
}
