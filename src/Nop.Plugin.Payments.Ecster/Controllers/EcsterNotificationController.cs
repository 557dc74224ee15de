using Ecster.Client.Notifications;
using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Notifications;
using Nop.Web.Framework.Controllers;

namespace Nop.Plugin.Payments.Ecster.Controllers;

/// <summary>
/// Ecster's order event notifications (POST {store}/Plugins/PaymentEcster/Notification). Public and unsigned, so
/// the body only names an order: <see cref="NotificationProcessor"/> reads that order from Ecster. Answers 200
/// (applied or already applied), 202 (kept for later) or 400 (malformed or unknown; nothing changed).
/// </summary>
[IgnoreAntiforgeryToken]
public class EcsterNotificationController : BasePluginController
{
    private readonly NotificationProcessor _processor;
    private readonly IStoreContext _storeContext;

    public EcsterNotificationController(NotificationProcessor processor, IStoreContext storeContext)
    {
        _processor = processor;
        _storeContext = storeContext;
    }

    [HttpPost]
    public async Task<IActionResult> Notification()
    {
        var body = await ReadBodyAsync();
        var store = await _storeContext.GetCurrentStoreAsync();
        return await _processor.ReceiveAsync(body, store.Id) switch
        {
            NotificationOutcome.Rejected => BadRequest(),
            NotificationOutcome.Stored => Accepted(),
            _ => Ok()
        };
    }

    /// <summary>The body, or null when it is larger than any notification can be (read no further than that).</summary>
    private async Task<string?> ReadBodyAsync()
    {
        using var reader = new StreamReader(Request.Body);
        var buffer = new char[EcsterNotificationParser.MaxBodyLength + 1];
        var read = 0;
        int chunk;
        while (read < buffer.Length && (chunk = await reader.ReadAsync(buffer.AsMemory(read))) > 0)
            read += chunk;
        return read > EcsterNotificationParser.MaxBodyLength ? null : new string(buffer, 0, read);
    }
}
