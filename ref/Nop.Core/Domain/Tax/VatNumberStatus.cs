// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Domain/Tax/VatNumberStatus.cs
namespace Nop.Core.Domain.Tax;

public enum VatNumberStatus
{
    Unknown = 0,
    Empty = 10,
    Valid = 20,
    Invalid = 30
}
