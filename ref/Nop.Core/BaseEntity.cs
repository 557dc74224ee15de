// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/BaseEntity.cs
namespace Nop.Core;

public abstract partial class BaseEntity
{
    public int Id { get; set; }
}
