using Nop.Plugin.Payments.Ecster.Services.Availability;
using Nop.Plugin.Payments.Ecster.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Nop.Core.Domain.Configuration;
using Nop.Core.Events;
using Nop.Plugin.Payments.Ecster.Services.Terms;

namespace Nop.Plugin.Payments.Ecster.Tests.Terms;

public class TermsCacheTests
{
    private const int StoreId = 3;
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private ManualTimeProvider _time = null!;
    private Mock<ITermsSource> _source = null!;
    private readonly Mock<Nop.Services.Logging.ILogger> _nopLog = new();
    private int _fetches;
    private TermsCache _cache = null!;

    [SetUp]
    public void SetUp()
    {
        _time = new ManualTimeProvider(Start);
        _fetches = 0;
        _source = new Mock<ITermsSource>();
        _source.Setup(s => s.FetchAsync(StoreId, It.IsAny<CancellationToken>()))
            .ReturnsAsync(() =>
            {
                Interlocked.Increment(ref _fetches);
                return Snapshot(_time.GetUtcNow());
            });

        var services = new ServiceCollection().AddScoped(_ => _source.Object).AddScoped(_ => _nopLog.Object).BuildServiceProvider();
        _cache = new TermsCache(services.GetRequiredService<IServiceScopeFactory>(), _time);
    }

    private static TermsSnapshot Snapshot(DateTimeOffset fetchedAt) => new(
        [new CreditTerm("PP12", "PART_PAYMENT", "12", 12, 10m, 0m, 0m, 0m, 100m, 10_000m)], null, null, fetchedAt);

    [Test]
    public async Task First_view_shows_nothing_and_starts_one_fetch_later_views_read_the_cache()
    {
        Assert.That(_cache.Peek(StoreId), Is.Null, "the page never waits for Ecster");
        await _cache.PendingRefresh(StoreId);

        for (var i = 0; i < 100; i++)
            Assert.That(_cache.Peek(StoreId), Is.Not.Null);

        Assert.That(_fetches, Is.EqualTo(1));
    }

    [Test]
    public async Task Concurrent_first_views_start_a_single_fetch()
    {
        var gate = new TaskCompletionSource<TermsSnapshot?>();
        _source.Setup(s => s.FetchAsync(StoreId, It.IsAny<CancellationToken>()))
            .Returns(() =>
            {
                Interlocked.Increment(ref _fetches);
                return gate.Task;
            });

        Parallel.For(0, 200, _ => _cache.Peek(StoreId));
        gate.SetResult(Snapshot(Start));
        await _cache.PendingRefresh(StoreId);

        Assert.That(_fetches, Is.EqualTo(1));
    }

    [Test]
    public async Task Stale_terms_are_still_shown_while_one_refresh_runs()
    {
        await _cache.RefreshAsync(StoreId);
        _time.Advance(TermsCache.FreshFor + TimeSpan.FromMinutes(1));

        var shown = _cache.Peek(StoreId);
        await _cache.PendingRefresh(StoreId);

        Assert.That(shown, Is.Not.Null);
        Assert.That(shown!.FetchedAt, Is.EqualTo(Start));
        Assert.That(_fetches, Is.EqualTo(2));
        Assert.That(_cache.Peek(StoreId)!.FetchedAt, Is.EqualTo(_time.GetUtcNow()), "the refreshed terms replace the stale ones");
    }

    [Test]
    public async Task Terms_too_old_to_show_hide_the_widget_when_Ecster_stays_down()
    {
        await _cache.RefreshAsync(StoreId);
        _source.Setup(s => s.FetchAsync(StoreId, It.IsAny<CancellationToken>())).ThrowsAsync(new HttpRequestException("down"));
        _time.Advance(TermsCache.ShownAtMostFor);

        Assert.That(_cache.Peek(StoreId), Is.Null);
        await _cache.PendingRefresh(StoreId);
        Assert.That(_cache.Peek(StoreId), Is.Null);
    }

    [Test]
    public async Task A_failed_fetch_is_not_retried_by_every_view_but_after_a_pause()
    {
        var calls = 0;
        _source.Setup(s => s.FetchAsync(StoreId, It.IsAny<CancellationToken>()))
            .Returns(() =>
            {
                calls++;
                return Task.FromException<TermsSnapshot?>(new HttpRequestException("down"));
            });

        Assert.That(await _cache.RefreshAsync(StoreId), Is.False);
        for (var i = 0; i < 50; i++)
            _cache.Peek(StoreId);
        await _cache.PendingRefresh(StoreId);
        Assert.That(calls, Is.EqualTo(1));

        _time.Advance(TermsCache.RetryAfterFailure);
        _cache.Peek(StoreId);
        await _cache.PendingRefresh(StoreId);
        Assert.That(calls, Is.EqualTo(2));
    }

    [Test]
    public async Task Invalidate_forgets_a_stores_terms()
    {
        await _cache.RefreshAsync(StoreId);
        _cache.Invalidate(StoreId);

        Assert.That(_cache.Peek(StoreId), Is.Null);
        // That view started a new fetch; let it finish so it cannot count towards the next test.
        await _cache.PendingRefresh(StoreId);
        Assert.That(_fetches, Is.EqualTo(2));
    }
}

public class TermsSettingsChangedConsumerTests
{
    [TestCase("ecstersettings.apikey", 3, true, false)]
    [TestCase("ecstersettings.environment", 0, true, true)]
    [TestCase("paymentsettings.activepaymentmethodsystemnames", 3, false, false)]
    public async Task Saving_Ecster_settings_drops_the_affected_stores_terms(string name, int storeId, bool storeThreeDropped, bool storeFourDropped)
    {
        var source = new Mock<ITermsSource>();
        source.Setup(s => s.FetchAsync(It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new TermsSnapshot([], null, null, DateTimeOffset.UtcNow));
        var provider = new ServiceCollection().AddScoped(_ => source.Object).BuildServiceProvider();
        var cache = new TermsCache(provider.GetRequiredService<IServiceScopeFactory>());
        await cache.RefreshAsync(3);
        await cache.RefreshAsync(4);

        await new EcsterSettingsChangedConsumer(new PaymentMethodsCache(new MemoryStaticCache(), Mock.Of<Nop.Services.Logging.ILogger>(), TimeProvider.System), cache).HandleEventAsync(
            new EntityUpdatedEvent<Setting>(new Setting(name, "x", storeId)));

        // Peek on a dropped store shows nothing (and starts a refresh); a kept store still shows its terms.
        Assert.That(cache.Peek(3) is null, Is.EqualTo(storeThreeDropped));
        Assert.That(cache.Peek(4) is null, Is.EqualTo(storeFourDropped));
    }
}
