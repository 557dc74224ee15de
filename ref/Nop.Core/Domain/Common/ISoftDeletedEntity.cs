// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Domain/Common/ISoftDeletedEntity.cs
namespace Nop.Core.Domain.Common;

public partial interface ISoftDeletedEntity
{
    bool Deleted { get; set; }
}
