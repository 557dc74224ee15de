using Ecster.Client.Models;
using Ecster.Integration.Tests.BackOffice;
using Moq;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Payments.Ecster;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Notifications;

namespace Ecster.Integration.Tests.Notifications;

/// <summary>
/// The public notification endpoint as an attacker meets it: without the store's secret header nothing at all
/// happens (401); with it, bounded work per address and in total, nothing kept for a store without Ecster keys,
/// and nothing of the body in the store's log.
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

    private static string Body(string orderId, string? reference) =>
        NotificationPosts.Body(orderId, reference, OrderStatus.Ready, NotificationEvent.OrderCreated);

    private Task<int?> PostAsync(string body, EcsterSettings? settings = null, NotificationRateLimiter? limiter = null) =>
        NotificationPosts.PostAsync(_h, body, SandboxFixture.NotificationSecret, settings, limiter, AttackerAddress);

    /// <summary>A processor whose every dependency is strict: any use of it (a store, a read, a log) fails the test.</summary>
    private static NotificationProcessor Untouchable() =>
        new(new Mock<Nop.Plugin.Payments.Ecster.Services.Api.IStoreEcsterClients>(MockBehavior.Strict).Object, null!, null!,
            new Mock<Nop.Services.Logging.ILogger>(MockBehavior.Strict).Object, new Mock<Nop.Services.Orders.IOrderService>(MockBehavior.Strict).Object,
            TimeProvider.System);

    [TestCase(null, TestName = "No header: 401, nothing stored, nothing called, nothing logged")]
    [TestCase("", TestName = "An empty header: 401, nothing stored, nothing called, nothing logged")]
    [TestCase("fixture-notification-secret-0123456788", TestName = "A wrong header: 401, nothing stored, nothing called, nothing logged")]
    [TestCase("fixture-notification-secret-0123456789 ", TestName = "The secret with a trailing space: 401")]
    public async Task Without_the_secret_header_nothing_at_all_happens(string? token)
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m);
        var calls = _h.Fixture.Sandbox.Inspector.TotalRequests;

        var status = await NotificationPosts.PostAsync(_h, Body(ecster.Id, order.OrderGuid.ToString()), token, processor: Untouchable());

        Assert.That(status, Is.EqualTo(401));
        Assert.That(_h.Fixture.Sandbox.Inspector.TotalRequests, Is.EqualTo(calls), "no Ecster call");
        Assert.That(await _h.NewInbox().ListAsync(1), Is.Empty);
        Assert.That(_logged, Is.Empty);
    }

    [Test]
    public async Task With_the_secret_header_the_notification_is_applied()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m);

        Assert.That(await PostAsync(Body(ecster.Id, order.OrderGuid.ToString())), Is.EqualTo(200));
    }

    [Test]
    public async Task A_store_without_a_secret_refuses_with_401_and_tells_the_admin_once()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m);
        var settings = _h.Fixture.StoreSettings();
        settings.NotificationSecret = string.Empty;
        var calls = _h.Fixture.Sandbox.Inspector.TotalRequests;

        var first = await NotificationPosts.PostAsync(_h, Body(ecster.Id, order.OrderGuid.ToString()), "", settings, processor: Untouchable());
        var second = await NotificationPosts.PostAsync(_h, Body(ecster.Id, order.OrderGuid.ToString()), "anything", settings, processor: Untouchable());

        Assert.That((first, second), Is.EqualTo(((int?)401, (int?)401)));
        Assert.That(_h.Fixture.Sandbox.Inspector.TotalRequests, Is.EqualTo(calls));
        // The only test posting to a store without a secret in this process, so the hourly warning is due once.
        Assert.That(_logged.Where(m => m.Contains(EcsterDefaults.Routes.NotificationHeaderName)).ToList(), Has.Count.EqualTo(1), "told, but not once per post");
        Assert.That(_logged, Has.None.Contains(ecster.Id).And.None.Contains("anything"));
    }

    [Test]
    public async Task A_store_without_Ecster_keys_answers_400_and_keeps_nothing()
    {
        var status = await PostAsync(Body("ECS-1", Guid.NewGuid().ToString()), new EcsterSettings { NotificationSecret = SandboxFixture.NotificationSecret });

        Assert.That(status, Is.EqualTo(400));
        Assert.That(await _h.NewInbox().ListAsync(1), Is.Empty);
        Assert.That(_h.Fixture.Sandbox.Inspector.TotalRequests, Is.Zero);
    }

    [Test]
    public async Task One_address_beyond_its_limit_gets_429_and_costs_no_Ecster_read()
    {
        var limiter = new NotificationRateLimiter(permits: 5, window: TimeSpan.FromMinutes(1));
        for (var post = 0; post < 5; post++)
            Assert.That(await PostAsync(Body($"ECS-{900_000 + post}", null), limiter: limiter), Is.EqualTo(400), "unknown at Ecster");
        var readsSoFar = _h.Fixture.Sandbox.Inspector.TotalRequests;

        Assert.That(await PostAsync(Body("ECS-900006", null), limiter: limiter), Is.EqualTo(429));
        Assert.That(_h.Fixture.Sandbox.Inspector.TotalRequests, Is.EqualTo(readsSoFar));
    }

    [Test]
    public async Task The_inbox_keeps_its_cap_per_store_dropping_the_oldest_with_a_log_entry()
    {
        var inbox = _h.NewInbox();
        var start = new DateTime(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < PendingNotificationInbox.MaxKeptPerStore + 3; i++)
            await inbox.AddAsync(1, new PendingNotification { OrderId = $"ECS-{i}", Event = NotificationEvent.OrderCreated, ReceivedOnUtc = start.AddSeconds(i) });

        var kept = await inbox.ListAsync(1);
        Assert.That(kept, Has.Count.EqualTo(PendingNotificationInbox.MaxKeptPerStore));
        Assert.That(kept.Select(p => p.OrderId), Does.Not.Contain("ECS-0").And.Not.Contain("ECS-1").And.Not.Contain("ECS-2").And.Contain("ECS-3"));
        Assert.That(_logged, Has.Count.EqualTo(3).And.All.Contains("dropped"));
        Assert.That(_logged, Has.None.Contains("ECS-0"), "ids came in a body");
    }

    [Test]
    public async Task Nothing_of_an_authenticated_but_bogus_body_reaches_the_log()
    {
        const string forgedOrder = "ECS-31337<script>alert(1)</script>";

        Assert.That(await PostAsync(Body(forgedOrder, "drop table")), Is.EqualTo(400));

        Assert.That(_logged, Is.Not.Empty, "the store owner still sees that something was refused");
        Assert.That(_logged, Has.None.Contains("script").And.None.Contains("31337").And.None.Contains("drop table"));
    }
}
