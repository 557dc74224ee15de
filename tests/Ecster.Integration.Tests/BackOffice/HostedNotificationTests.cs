using Ecster.Client.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Payments.Ecster;
using Nop.Plugin.Payments.Ecster.Controllers;
using Nop.Plugin.Payments.Ecster.Infrastructure;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Notifications;

namespace Ecster.Integration.Tests.BackOffice;

/// <summary>
/// Ecster itself (the sandbox) posting its notifications to the plugin's real endpoint over HTTP, as it posts to a
/// store: a debit made in Ecster's portal reaches the nopCommerce order without anyone in the shop doing anything.
/// </summary>
public class HostedNotificationTests
{
    private BackOfficeHarness _h = null!;
    private WebApplication _store = null!;
    private Uri _notificationUrl = null!;

    /// <summary>The store's secret; the sandbox always sends the fixture's.</summary>
    private string _storeSecret = SandboxFixture.NotificationSecret;

    [SetUp]
    public async Task SetUp()
    {
        _h = await BackOfficeHarness.StartAsync(maxRetries: 3);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddControllersWithViews().AddApplicationPart(typeof(EcsterNotificationController).Assembly);
        builder.Services.AddScoped(_ => _h.NewNotifications());
        builder.Services.AddSingleton(Mock.Of<IStoreContext>(s => s.GetCurrentStoreAsync() == Task.FromResult(new Store { Id = 1 })));
        var settings = new Mock<Nop.Services.Configuration.ISettingService>();
        settings.Setup(s => s.LoadSettingAsync<EcsterSettings>(1)).ReturnsAsync(() =>
        {
            var stored = _h.Fixture.StoreSettings();
            stored.NotificationSecret = _storeSecret;
            return stored;
        });
        builder.Services.AddSingleton(settings.Object);
        builder.Services.AddSingleton(new NotificationRateLimiter());
        builder.Services.AddSingleton(Mock.Of<IWebHelper>());
        builder.Services.AddSingleton(_h.Logger.Object);
        _store = builder.Build();
        _store.UseRouting();
        new RouteProvider().RegisterRoutes(_store);
        await _store.StartAsync();
        var address = _store.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _notificationUrl = new Uri(new Uri(address.TrimEnd('/') + "/"), EcsterDefaults.Routes.NotificationPath);
    }

    [TearDown]
    public async Task TearDown()
    {
        await _store.DisposeAsync();
        await _h.DisposeAsync();
    }

    /// <summary>The sandbox's records for one order once every one of <paramref name="events"/> was answered 200 (bounded wait).</summary>
    private async Task<List<Ecster.Sandbox.Model.NotificationRecordView>> DeliveredAsync(string ecsterId, params string[] events)
    {
        List<Ecster.Sandbox.Model.NotificationRecordView> records = [];
        // The sandbox records an attempt only after the endpoint's answer has come back, so wait for the records,
        // not for the order: the order can show the debit before the last post is recorded.
        for (var wait = 0; wait < 200; wait++)
        {
            records = _h.Fixture.Sandbox.Inspector.Notifications.Where(n => n.Notification.OrderId == ecsterId).ToList();
            if (events.All(e => records.Any(r => r.Notification.Event == e)) && records.All(r => r.Delivered))
                return records;
            await Task.Delay(50);
        }

        Assert.Fail($"Not every notification of {ecsterId} was answered 200 within 10 s: " +
            string.Join(", ", records.Select(r => $"{r.Notification.Event}:{string.Join("/", r.Attempts.Select(a => a.StatusCode))}")));
        return records;
    }

    [Test]
    public async Task A_debit_made_in_Ecsters_portal_reaches_the_order_through_the_notification_endpoint()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m, notificationUrl: _notificationUrl);

        var debit = await _h.Client.DebitAsync(ecster.Id, new DebitRequest { Amount = 1_000m, TransactionReference = "portal-1" });

        // Both the creation's and the debit's notification, each carrying the store's secret header, answered 200.
        var delivered = await DeliveredAsync(ecster.Id, NotificationEvent.OrderCreated, NotificationEvent.FullDebit);
        // Never refused (the header was right). The creation's notification can beat the harness saving the nopCommerce
        // order, as it can beat checkout in a store: then it is kept (202), and Ecster's repeat gets 200.
        Assert.That(delivered.SelectMany(n => n.Attempts).Select(a => a.StatusCode), Has.All.EqualTo(200).Or.EqualTo(202));
        Assert.That(delivered.Select(n => n.Attempts[^1].StatusCode), Has.All.EqualTo(200));
        Assert.That(order.PaymentStatus, Is.EqualTo(PaymentStatus.Paid));
        Assert.That(order.CaptureTransactionId, Is.EqualTo(debit.Transaction.Id));
        Assert.That(_h.NotesOf(order).Count(n => n.Contains(debit.Transaction.Id)), Is.EqualTo(1), "mirrored once, however many notifications");
    }

    [Test]
    public async Task When_Ecster_sends_another_secret_every_post_gets_401_and_the_order_stays_as_it_was()
    {
        _storeSecret = "the-store-generated-a-new-secret-since";
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m, notificationUrl: _notificationUrl);
        await _h.Client.DebitAsync(ecster.Id, new DebitRequest { Amount = 1_000m, TransactionReference = "portal-1" });
        var readsAfterDebit = _h.Fixture.Sandbox.Inspector.Requests.Count(r => r.Method == "GET");

        // Ecster repeats what is not answered 200: wait (bounded) until each notification was refused twice.
        List<Ecster.Sandbox.Model.NotificationRecordView> records = [];
        for (var wait = 0; wait < 200 && !(records.Count >= 2 && records.All(r => r.Attempts.Count >= 2)); wait++)
        {
            await Task.Delay(50);
            records = _h.Fixture.Sandbox.Inspector.Notifications.Where(n => n.Notification.OrderId == ecster.Id).ToList();
        }

        Assert.That(records, Has.Count.GreaterThanOrEqualTo(2));
        Assert.That(records.SelectMany(r => r.Attempts).Select(a => a.StatusCode), Has.All.EqualTo(401));
        Assert.That(_h.Fixture.Sandbox.Inspector.Requests.Count(r => r.Method == "GET"), Is.EqualTo(readsAfterDebit), "no Ecster read");
        Assert.That(order.PaymentStatus, Is.EqualTo(PaymentStatus.Authorized));
        Assert.That((await _h.LedgerOfAsync(order)).Entries, Is.Empty);
        Assert.That(await _h.NewInbox().ListAsync(1), Is.Empty);
    }
}
