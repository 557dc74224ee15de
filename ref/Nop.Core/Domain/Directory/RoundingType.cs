// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Domain/Directory/RoundingType.cs
namespace Nop.Core.Domain.Directory;

public enum RoundingType
{
    Rounding001 = 0,
    Rounding005Up = 10,
    Rounding005Down = 20,
    Rounding01Up = 30,
    Rounding01Down = 40,
    Rounding05 = 50,
    Rounding1 = 60,
    Rounding1Up = 70
}
