// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Domain/Logging/LogLevel.cs
namespace Nop.Core.Domain.Logging;

public enum LogLevel
{
    Debug = 10,
    Information = 20,
    Warning = 30,
    Error = 40,
    Fatal = 50
}
