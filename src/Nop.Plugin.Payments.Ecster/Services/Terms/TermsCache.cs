using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Payments.Ecster.Services.Api;
using Nop.Services.Logging;

namespace Nop.Plugin.Payments.Ecster.Services.Terms;

/// <summary>
/// Each store's Ecster terms, held in memory for the product-page widget. A page view only reads: it never
/// waits on Ecster. A missing or stale entry starts one background refresh (one per store at a time) and the
/// page shows what is cached, or nothing. The schedule task and a settings save refresh explicitly.
/// Not nopCommerce's IStaticCacheManager: it has no serve-stale-while-refreshing (an expired entry makes the next
/// page wait for Ecster), and a product page must never wait on Ecster.
/// </summary>
public sealed class TermsCache
{
    /// <summary>How long fetched terms count as fresh; after that they are still shown while a refresh runs.</summary>
    public static readonly TimeSpan FreshFor = TimeSpan.FromHours(6);

    /// <summary>Terms older than this are not shown at all: better no figure than an outdated one.</summary>
    public static readonly TimeSpan ShownAtMostFor = TimeSpan.FromHours(48);

    /// <summary>After a failed fetch, page views wait this long before trying again, so an Ecster outage is not hammered.</summary>
    public static readonly TimeSpan RetryAfterFailure = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<int, Entry> _entries = new();
    private readonly IServiceScopeFactory _scopeFactory;
    private readonly TimeProvider _time;

    public TermsCache(IServiceScopeFactory scopeFactory, TimeProvider? time = null)
    {
        _scopeFactory = scopeFactory;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The store's terms if cached and not too old; starts a background refresh when needed. Never blocks.</summary>
    public TermsSnapshot? Peek(int storeId)
    {
        var now = _time.GetUtcNow();
        var entry = _entries.GetOrAdd(storeId, static _ => new Entry());
        var snapshot = entry.Snapshot;

        var stale = snapshot is null || now - snapshot.FetchedAt >= FreshFor;
        if (stale && now.UtcTicks >= Volatile.Read(ref entry.NextAttemptTicks))
            StartBackgroundRefresh(storeId, entry);

        return snapshot is not null && now - snapshot.FetchedAt < ShownAtMostFor ? snapshot : null;
    }

    /// <summary>Fetches now and replaces the cached terms (schedule task, settings saved). Failures keep the old terms.</summary>
    public async Task<bool> RefreshAsync(int storeId, CancellationToken cancellationToken = default)
    {
        var entry = _entries.GetOrAdd(storeId, static _ => new Entry());
        await using var scope = _scopeFactory.CreateAsyncScope();
        try
        {
            var source = scope.ServiceProvider.GetRequiredService<ITermsSource>();
            var snapshot = await source.FetchAsync(storeId, cancellationToken);
            entry.Snapshot = snapshot;
            Volatile.Write(ref entry.NextAttemptTicks, 0);
            return snapshot is not null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Volatile.Write(ref entry.NextAttemptTicks, (_time.GetUtcNow() + RetryAfterFailure).UtcTicks);
            // nopCommerce's logger is scoped (it writes through the request's database context): one from this scope.
            await scope.ServiceProvider.GetRequiredService<ILogger>().EcsterFailedAsync(
                $"the payment terms of store {storeId} could not be fetched; the product-page figure keeps older terms or hides", ex);
            return false;
        }
    }

    /// <summary>Forgets a store's terms, e.g. when its Ecster account changed.</summary>
    public void Invalidate(int storeId) => _entries.TryRemove(storeId, out _);

    /// <summary>Forgets every store's terms, e.g. when the settings every store inherits changed.</summary>
    public void InvalidateAll() => _entries.Clear();

    /// <summary>The refresh running for a store, if any (tests wait on it instead of sleeping).</summary>
    internal Task PendingRefresh(int storeId) =>
        _entries.TryGetValue(storeId, out var entry) ? entry.Refreshing ?? Task.CompletedTask : Task.CompletedTask;

    private void StartBackgroundRefresh(int storeId, Entry entry)
    {
        // One refresh per store at a time: the first page view to see stale terms starts it, the rest only read.
        if (Interlocked.CompareExchange(ref entry.RefreshGate, 1, 0) != 0)
            return;

        entry.Refreshing = Task.Run(async () =>
        {
            try
            {
                await RefreshAsync(storeId);
            }
            finally
            {
                Volatile.Write(ref entry.RefreshGate, 0);
            }
        });
    }

    private sealed class Entry
    {
        public volatile TermsSnapshot? Snapshot;
        public long NextAttemptTicks; // UTC ticks; a long so readers never see half an update
        public int RefreshGate;
        public Task? Refreshing;
    }
}
