using System.Collections.Concurrent;
using Ecster.Client.Notifications;
using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Plugin.Payments.Ecster.Services.Api;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Notifications;
using Nop.Services.Configuration;
using Nop.Services.Logging;
using Nop.Web.Framework.Controllers;

namespace Nop.Plugin.Payments.Ecster.Controllers;

/// <summary>
/// Ecster's order event notifications (POST {store}/Plugins/PaymentEcster/Notification). Only a post carrying the
/// store's notification secret in <see cref="EcsterDefaults.Routes.NotificationHeaderName"/> is looked at; any
/// other gets 401 before its body is read: nothing stored, nothing called, nothing of it logged. Even then the
/// body only names an order: <see cref="NotificationProcessor"/> reads that order from Ecster. Answers 200 (the
/// order shows Ecster's state), 202 (kept for later), 400 (malformed or unknown, or the store has no Ecster keys;
/// nothing changed), 401 or 429 (too many posts from one address). The cheap refusals come first.
/// </summary>
[IgnoreAntiforgeryToken]
public class EcsterNotificationController : BasePluginController
{
    /// <summary>A store without a secret refuses every notification; its owner is told at most this often.</summary>
    internal static readonly TimeSpan NoSecretWarningInterval = TimeSpan.FromHours(1);

    private static readonly ConcurrentDictionary<int, DateTime> NoSecretWarned = new();

    private readonly NotificationRateLimiter _limiter;
    private readonly ILogger _logger;
    private readonly NotificationProcessor _processor;
    private readonly ISettingService _settingService;
    private readonly IStoreContext _storeContext;
    private readonly IWebHelper _webHelper;

    public EcsterNotificationController(NotificationProcessor processor, IStoreContext storeContext, ISettingService settingService,
        NotificationRateLimiter limiter, IWebHelper webHelper, ILogger logger)
    {
        _limiter = limiter;
        _logger = logger;
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

        var store = await _storeContext.GetCurrentStoreAsync();
        var settings = await _settingService.LoadSettingAsync<EcsterSettings>(store.Id);
        if (string.IsNullOrEmpty(settings.NotificationSecret))
        {
            // Refused rather than accepted unauthenticated: anyone could otherwise make the store read Ecster at will.
            await WarnNoSecretAsync(store.Id);
            return Unauthorized();
        }

        if (!NotificationSecret.Matches(settings.NotificationSecret, Request.Headers[EcsterDefaults.Routes.NotificationHeaderName].ToString()))
            return Unauthorized();

        // A store without keys has no Ecster orders: nothing could ever be applied, so nothing is kept either.
        if (!EcsterClientProvider.IsConfigured(settings))
            return BadRequest();

        var body = await ReadBodyAsync();
        return await _processor.ReceiveAsync(body, store.Id) switch
        {
            NotificationOutcome.Rejected => BadRequest(),
            NotificationOutcome.Stored => Accepted(),
            _ => Ok()
        };
    }

    private async Task WarnNoSecretAsync(int storeId)
    {
        var now = DateTime.UtcNow;
        var due = true;
        NoSecretWarned.AddOrUpdate(storeId, now, (_, last) => (due = now - last >= NoSecretWarningInterval) ? now : last);
        if (!due)
            return;
        await _logger.WarningAsync($"Ecster: a notification to store {storeId} was refused because the store has no notification secret. " +
            $"Generate one on the Ecster configuration page and give it to Ecster with the header name {EcsterDefaults.Routes.NotificationHeaderName}; " +
            "until then changes made at Ecster reach nopCommerce's orders only when an admin acts on them.");
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
