// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Events/EntityInsertedEvent.cs
namespace Nop.Core.Events;

public partial class EntityInsertedEvent<T> where T : BaseEntity
{
    public EntityInsertedEvent(T entity)
    {
        Entity = entity;
    }

    public T Entity { get; }
}
