// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/Logging/ILogger.cs
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Logging;

namespace Nop.Services.Logging;

// The writing members; reading and deleting the log (Log entity) are left out.
public partial interface ILogger
{
    bool IsEnabled(LogLevel level);

    Task InsertLogAsync(LogLevel logLevel, string shortMessage, string fullMessage = "", Customer customer = null);

    Task InformationAsync(string message, Exception exception = null, Customer customer = null);

    Task WarningAsync(string message, Exception exception = null, Customer customer = null);

    Task ErrorAsync(string message, Exception exception = null, Customer customer = null);
}
