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
        builder.Services.AddSingleton(Mock.Of<Nop.Services.Configuration.ISettingService>(s =>
            s.LoadSettingAsync<EcsterSettings>(1) == Task.FromResult(_h.Fixture.StoreSettings())));
        builder.Services.AddSingleton(new NotificationRateLimiter());
        builder.Services.AddSingleton(Mock.Of<IWebHelper>());
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

    [Test]
    public async Task A_debit_made_in_Ecsters_portal_reaches_the_order_through_the_notification_endpoint()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m, notificationUrl: _notificationUrl);

        var debit = await _h.Client.DebitAsync(ecster.Id, new DebitRequest { Amount = 1_000m, TransactionReference = "portal-1" });

        // The sandbox posts in the background, as Ecster does; wait (bounded) for the order to show it and for every
        // post to be answered (an earlier notification's read may already show the debit before its own arrives).
        bool AllAnswered() => _h.Fixture.Sandbox.Inspector.Notifications.Where(n => n.Notification.OrderId == ecster.Id).All(n => n.Delivered);
        for (var wait = 0; wait < 100 && (order.PaymentStatus != PaymentStatus.Paid || !AllAnswered()); wait++)
            await Task.Delay(100);
        Assert.That(order.PaymentStatus, Is.EqualTo(PaymentStatus.Paid));
        Assert.That(order.CaptureTransactionId, Is.EqualTo(debit.Transaction.Id));

        // The order may be paid on the creation's notification already (it reads Ecster's order); the debit's own
        // notification can still be on its way: wait (bounded) for every one to be answered.
        List<Ecster.Sandbox.Model.NotificationRecordView> Delivered() =>
            _h.Fixture.Sandbox.Inspector.Notifications.Where(n => n.Notification.OrderId == ecster.Id).ToList();
        for (var wait = 0; wait < 100 && !Delivered().All(n => n.Delivered); wait++)
            await Task.Delay(100);
        var delivered = Delivered();
        Assert.That(delivered, Is.Not.Empty);
        // Ecster's later notifications of the same debit may still be on their way when the order shows it.
        for (var wait = 0; wait < 100 && !delivered.All(n => n.Delivered); wait++)
        {
            await Task.Delay(100);
            delivered = _h.Fixture.Sandbox.Inspector.Notifications.Where(n => n.Notification.OrderId == ecster.Id).ToList();
        }
        Assert.That(delivered.All(n => n.Delivered), Is.True, "the endpoint answered 2xx to every notification");
        Assert.That(delivered.SelectMany(n => n.Attempts).All(a => a.StatusCode is 200 or 202), Is.True);
        Assert.That(_h.NotesOf(order), Has.Some.Contains(debit.Transaction.Id));
    }
}
