using System.Text;
using Ecster.Client.Models;
using Ecster.Integration.Tests.BackOffice;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Moq;
using Newtonsoft.Json;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Payments.Ecster;
using Nop.Plugin.Payments.Ecster.Controllers;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Notifications;
using Nop.Services.Configuration;

namespace Ecster.Integration.Tests.Notifications;

/// <summary>
/// The public notification endpoint as an attacker meets it: bounded work per address and in total, nothing kept
/// for a store without Ecster keys, and nothing of the unauthenticated body in the store's log.
/// </summary>
public class NotificationEndpointBoundsTests
{
    private const string AttackerAddress = "198.51.100.66";

    private BackOfficeHarness _h = null!;
    private List<string> _logged = null!;

    [SetUp]
    public async Task SetUp()
    {
        _h = await BackOfficeHarness.StartAsync();
        _logged = [];
        _h.Logger.Setup(l => l.WarningAsync(It.IsAny<string>(), It.IsAny<Exception>(), It.IsAny<Customer>()))
            .Callback((string m, Exception _, Customer _) => _logged.Add(m)).Returns(Task.CompletedTask);
        _h.Logger.Setup(l => l.ErrorAsync(It.IsAny<string>(), It.IsAny<Exception>(), It.IsAny<Customer>()))
            .Callback((string m, Exception _, Customer _) => _logged.Add(m)).Returns(Task.CompletedTask);
        _h.Logger.Setup(l => l.InformationAsync(It.IsAny<string>(), It.IsAny<Exception>(), It.IsAny<Customer>()))
            .Callback((string m, Exception _, Customer _) => _logged.Add(m)).Returns(Task.CompletedTask);
    }

    [TearDown]
    public async Task TearDown() => await _h.DisposeAsync();

    private static string Body(string notificationId, string orderId, string? reference) =>
        JsonConvert.SerializeObject(new
        {
            notificationId, orderId, orderReference = reference, status = OrderStatus.Ready, @event = NotificationEvent.OrderCreated,
            transactionId = (string?)null, time = "2026-11-25T12:05:00+00:00"
        });

    private async Task<int?> PostAsync(string body, EcsterSettings? settings = null, NotificationRateLimiter? limiter = null)
    {
        var controller = new EcsterNotificationController(_h.NewNotifications(),
            Mock.Of<IStoreContext>(s => s.GetCurrentStoreAsync() == Task.FromResult(new Store { Id = 1 })),
            Mock.Of<ISettingService>(s => s.LoadSettingAsync<EcsterSettings>(1) == Task.FromResult(settings ?? _h.Fixture.StoreSettings())),
            limiter ?? new NotificationRateLimiter(), Mock.Of<IWebHelper>(w => w.GetCurrentIpAddress() == AttackerAddress))
        {
            ControllerContext = new ControllerContext { HttpContext = new DefaultHttpContext { Request = { Body = new MemoryStream(Encoding.UTF8.GetBytes(body)) } } }
        };
        return (await controller.Notification() as IStatusCodeActionResult)?.StatusCode;
    }

    [Test]
    public async Task A_store_without_Ecster_keys_answers_400_and_keeps_nothing()
    {
        var status = await PostAsync(Body("n-1", "ECS-1", Guid.NewGuid().ToString()), new EcsterSettings());

        Assert.That(status, Is.EqualTo(400));
        Assert.That(await _h.NewInbox().ListAsync(1), Is.Empty);
        Assert.That(_h.Fixture.Sandbox.Inspector.TotalRequests, Is.Zero);
    }

    [Test]
    public async Task One_address_beyond_its_limit_gets_429_and_costs_no_Ecster_read()
    {
        var limiter = new NotificationRateLimiter(permits: 5, window: TimeSpan.FromMinutes(1));
        for (var post = 0; post < 5; post++)
            Assert.That(await PostAsync(Body($"n-{post}", $"ECS-{900_000 + post}", null), limiter: limiter), Is.EqualTo(400), "unknown at Ecster");
        var readsSoFar = _h.Fixture.Sandbox.Inspector.TotalRequests;

        Assert.That(await PostAsync(Body("n-6", "ECS-900006", null), limiter: limiter), Is.EqualTo(429));
        Assert.That(_h.Fixture.Sandbox.Inspector.TotalRequests, Is.EqualTo(readsSoFar));
    }

    [Test]
    public async Task The_inbox_keeps_its_cap_per_store_dropping_the_oldest_with_a_log_entry()
    {
        var inbox = _h.NewInbox();
        var start = new DateTime(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < PendingNotificationInbox.MaxKeptPerStore + 3; i++)
            await inbox.AddAsync(1, new PendingNotification { NotificationId = $"n-{i}", OrderId = $"ECS-{i}", Event = "ORDER_CREATED", ReceivedOnUtc = start.AddSeconds(i) });

        var kept = await inbox.ListAsync(1);
        Assert.That(kept, Has.Count.EqualTo(PendingNotificationInbox.MaxKeptPerStore));
        Assert.That(kept.Select(p => p.NotificationId), Does.Not.Contain("n-0").And.Not.Contain("n-1").And.Not.Contain("n-2").And.Contain("n-3"));
        Assert.That(_logged, Has.Count.EqualTo(3).And.All.Contains("dropped"));
        Assert.That(_logged, Has.None.Contains("n-0"), "ids came in an unauthenticated body");
    }

    [Test]
    public async Task Nothing_of_a_forged_body_reaches_the_log()
    {
        const string forgedId = "forged-<script>alert(1)</script>";
        const string forgedOrder = "ECS-31337";

        Assert.That(await PostAsync(Body(forgedId, forgedOrder, "drop table")), Is.EqualTo(400));

        Assert.That(_logged, Is.Not.Empty, "the store owner still sees that something was refused");
        Assert.That(_logged, Has.None.Contains("forged").And.None.Contains("31337").And.None.Contains("drop table"));
    }
}
