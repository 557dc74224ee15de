using Ecster.Sandbox.Tests.Support;

namespace Ecster.Sandbox.Tests;

public sealed class NotificationTests : SandboxTest
{
    private NotificationReceiver _receiver = null!;

    private const string HeaderName = "X-Merchant-Chosen";
    private const string HeaderValue = "merchant-chosen-secret";

    protected override SandboxOptions Options() => new()
    {
        NotificationRetryDelay = TimeSpan.FromMilliseconds(50), NotificationMaxAttempts = 3,
        NotificationHeaderName = HeaderName, NotificationHeaderValue = HeaderValue
    };

    [SetUp]
    public async Task StartReceiverAsync() => _receiver = await NotificationReceiver.StartAsync();

    [TearDown]
    public async Task StopReceiverAsync() => await _receiver.DisposeAsync();

    [Test]
    public async Task Creating_and_debiting_an_order_notify_the_merchant()
    {
        var order = await Flows.CreateOrderAsync(Api, amount: 1_000_000, reference: "ref-n", notificationUrl: _receiver.Url);
        var debit = await Flows.TransactionAsync(Api, order.Id, "DEBIT", 400_000);
        var transactionId = (string)debit.Json["transaction"]!["id"]!;

        var created = await Eventually.WaitForAsync(() => _receiver.Received.FirstOrDefault(n => (string?)n["event"] == "CREATED"), "CREATED");
        var partial = await Eventually.WaitForAsync(() => _receiver.Received.FirstOrDefault(n => (string?)n["event"] == "PARTIAL_DEBIT"), "PARTIAL_DEBIT");

        Assert.Multiple(() =>
        {
            Assert.That((string?)created["orderId"], Is.EqualTo(order.Id));
            Assert.That((string?)created["orderReference"], Is.EqualTo("ref-n"));
            Assert.That((string?)created["status"], Is.EqualTo("READY"));
            Assert.That((string?)created["time"], Is.Not.Null);
            // Exactly the documented body: no notification id, no transaction (the merchant reads the order).
            Assert.That(created.Properties().Select(p => p.Name), Is.EquivalentTo(new[] { "orderId", "orderReference", "status", "time", "event" }));
            Assert.That((string?)partial["status"], Is.EqualTo("PARTIALLY_DELIVERED"));
        });

        await Flows.TransactionAsync(Api, order.Id, "DEBIT", 600_000);
        var full = await Eventually.WaitForAsync(() => _receiver.Received.FirstOrDefault(n => (string?)n["event"] == "FULL_DEBIT"), "FULL_DEBIT");
        Assert.That((string?)full["status"], Is.EqualTo("FULLY_DELIVERED"));
        await Flows.TransactionAsync(Api, order.Id, "CREDIT", 100_000, debitTransaction: transactionId);
        await Eventually.WaitForAsync(() => _receiver.Received.FirstOrDefault(n => (string?)n["event"] == "CREDIT"), "CREDIT");
    }

    [TestCase(500, TestName = "A notification answered 500 is sent again")]
    [TestCase(202, TestName = "Only 200 counts as delivered, as at Ecster: a 202 is sent again")]
    public async Task A_notification_not_answered_200_is_sent_again(int firstAnswer)
    {
        _receiver.AnswerNext(firstAnswer);
        var order = await Flows.CreateOrderAsync(Api, notificationUrl: _receiver.Url);

        var delivered = await Eventually.WaitForAsync(
            () => Sandbox.Inspector.Notifications.FirstOrDefault(n => n.Notification.OrderId == order.Id && n.Delivered), "delivery");

        Assert.That(delivered.Attempts.Select(a => a.StatusCode), Is.EqualTo(new int?[] { firstAnswer, 200 }));
        Assert.That(_receiver.Received.Count(n => (string?)n["orderId"] == order.Id), Is.EqualTo(firstAnswer == 500 ? 1 : 2));
    }

    [Test]
    public async Task Every_notification_carries_the_merchants_custom_header()
    {
        _receiver.AnswerNext(500);
        var order = await Flows.CreateOrderAsync(Api, notificationUrl: _receiver.Url);
        await Flows.TransactionAsync(Api, order.Id, "DEBIT", 100_000);

        await Eventually.WaitForAsync(() => _receiver.Received.Count(n => (string?)n["orderId"] == order.Id) >= 2 ? (object)true : null, "two notifications");

        Assert.That(_receiver.ReceivedHeaders.Select(h => h[HeaderName].ToString()), Has.All.EqualTo(HeaderValue));
    }

    [Test]
    public async Task An_unreachable_receiver_is_tried_the_configured_number_of_times()
    {
        var deadUrl = _receiver.Url;
        await _receiver.DisposeAsync();
        _receiver = await NotificationReceiver.StartAsync();
        await Flows.CreateOrderAsync(Api, notificationUrl: deadUrl);

        var record = await Eventually.WaitForAsync(() => Sandbox.Inspector.Notifications.FirstOrDefault(n => n.GaveUp), "giving up");

        Assert.That(record.Attempts, Has.Count.EqualTo(3));
        Assert.That(record.Attempts.Select(a => a.StatusCode), Has.All.Null);
        Assert.That(record.Delivered, Is.False);
    }

    [Test]
    public async Task The_notifications_show_in_the_inspection_endpoint()
    {
        await Flows.CreateOrderAsync(Api, notificationUrl: _receiver.Url);
        await Eventually.WaitForAsync(() => Sandbox.Inspector.Notifications.FirstOrDefault(n => n.Delivered), "delivery");
        var page = await Api.GetAsync("/sandbox/notifications");
        Assert.That((string?)page.Json["notifications"]![0]!["notification"]!["event"], Is.EqualTo("CREATED"));
        Assert.That((bool)page.Json["notifications"]![0]!["delivered"]!, Is.True);
    }
}
