using System.Text;
using Ecster.Integration.Tests.BackOffice;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Moq;
using Newtonsoft.Json;
using Nop.Core;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Payments.Ecster;
using Nop.Plugin.Payments.Ecster.Controllers;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Notifications;
using Nop.Services.Configuration;

namespace Ecster.Integration.Tests.Notifications;

/// <summary>Notification bodies as Ecster documents them, and posts to the real endpoint controller.</summary>
internal static class NotificationPosts
{
    /// <summary>The documented body (docs §10): five fields, no notification id.</summary>
    public static string Body(string orderId, string? reference, string status, string eventName) =>
        JsonConvert.SerializeObject(new { orderId, orderReference = reference, status, time = "2026-11-25T12:05:00Z", @event = eventName });

    /// <summary>
    /// Posts <paramref name="body"/> to store 1 with <paramref name="token"/> in the notification header (none when
    /// null); <paramref name="settings"/> default to the fixture's, which carry its notification secret.
    /// </summary>
    public static async Task<int?> PostAsync(BackOfficeHarness h, string body, string? token, EcsterSettings? settings = null,
        NotificationRateLimiter? limiter = null, string address = "198.51.100.66", NotificationProcessor? processor = null)
    {
        var context = new DefaultHttpContext { Request = { Body = new MemoryStream(Encoding.UTF8.GetBytes(body)) } };
        if (token is not null)
            context.Request.Headers[EcsterDefaults.Routes.NotificationHeaderName] = token;
        var controller = new EcsterNotificationController(processor ?? h.NewNotifications(),
            Mock.Of<IStoreContext>(s => s.GetCurrentStoreAsync() == Task.FromResult(new Store { Id = 1 })),
            Mock.Of<ISettingService>(s => s.LoadSettingAsync<EcsterSettings>(1) == Task.FromResult(settings ?? h.Fixture.StoreSettings())),
            limiter ?? new NotificationRateLimiter(), Mock.Of<IWebHelper>(w => w.GetCurrentIpAddress() == address), h.Logger.Object)
        {
            ControllerContext = new ControllerContext { HttpContext = context }
        };
        return (await controller.Notification() as IStatusCodeActionResult)?.StatusCode;
    }
}
