using Ecster.Client.Notifications;
using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Plugin.Payments.Ecster.Services.Api;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Notifications;
using Nop.Services.Configuration;
using Nop.Web.Framework.Controllers;

namespace Nop.Plugin.Payments.Ecster.Controllers;

/// <summary>
/// Ecster's order event notifications (POST {store}/Plugins/PaymentEcster/Notification). Public and unsigned, so
/// the body only names an order: <see cref="NotificationProcessor"/> reads that order from Ecster. Answers 200
/// (applied or already applied), 202 (kept for later), 400 (malformed or unknown, or the store has no Ecster
/// keys; nothing changed) or 429 (too many posts from one address). The cheap refusals come before the body is read.
/// </summary>
[IgnoreAntiforgeryToken]
public class EcsterNotificationController : BasePluginController
{
    private readonly NotificationRateLimiter _limiter;
    private readonly NotificationProcessor _processor;
    private readonly ISettingService _settingService;
    private readonly IStoreContext _storeContext;
    private readonly IWebHelper _webHelper;

    public EcsterNotificationController(NotificationProcessor processor, IStoreContext storeContext, ISettingService settingService,
        NotificationRateLimiter limiter, IWebHelper webHelper)
    {
        _limiter = limiter;
        _processor = processor;
        _settingService = settingService;
        _storeContext = storeContext;
        _webHelper = webHelper;
    }

    [HttpPost]
    public async Task<IActionResult> Notification()
    {
        if (!_limiter.TryAcquire(_webHelper.GetCurrentIpAddress()))
            return StatusCode(429);

        // A store without keys has no Ecster orders: nothing could ever be applied, so nothing is kept either.
        var store = await _storeContext.GetCurrentStoreAsync();
        if (!EcsterClientProvider.IsConfigured(await _settingService.LoadSettingAsync<EcsterSettings>(store.Id)))
            return BadRequest();

        var body = await ReadBodyAsync();
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
