// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/Messages/INotificationService.cs
namespace Nop.Services.Messages;

// The typed notifications the configuration page shows; the NotifyType-based and exception members are left out.
public partial interface INotificationService
{
    void SuccessNotification(string message, bool encode = true, int timeout = 0);

    void WarningNotification(string message, bool encode = true, int timeout = 0);

    void ErrorNotification(string message, bool encode = true, int timeout = 0);
}
