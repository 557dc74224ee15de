using System.Collections.Concurrent;
using Ecster.Client.Models;
using Microsoft.Extensions.Logging;

namespace Nop.Plugin.Payments.Ecster.Services.Availability;

/// <summary>
/// Each store's Ecster payment methods, held in memory so that deciding whether to show Ecster at checkout costs
/// at most one Ecster request per store every few minutes, never one per page. Concurrent checks of a store share
/// one fetch. A failure is remembered too, briefly, so an outage hides the method without asking Ecster on
/// every page. Saving a store's Ecster settings drops its entry (<see cref="EcsterSettingsChangedConsumer"/>).
/// </summary>
public sealed class PaymentMethodsCache
{
    private readonly ConcurrentDictionary<int, Lazy<Task<EcsterMethodsAnswer>>> _entries = new();
    private readonly object _swapGate = new();
    private readonly ILogger<PaymentMethodsCache> _logger;
    private readonly TimeProvider _time;

    public PaymentMethodsCache(ILogger<PaymentMethodsCache> logger, TimeProvider? time = null)
    {
        _logger = logger;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>
    /// The store's methods: the cached answer while it is usable, otherwise the answer of one new call to
    /// <paramref name="fetch"/> (shared by every caller waiting meanwhile). Never throws for an Ecster failure.
    /// </summary>
    public Task<EcsterMethodsAnswer> GetAsync(int storeId, Func<CancellationToken, Task<IReadOnlyList<PaymentMethod>>> fetch)
    {
        Lazy<Task<EcsterMethodsAnswer>> entry;
        lock (_swapGate)
        {
            // Swapping under a lock makes "expired → fetch once" atomic; the fetch itself starts outside it.
            if (!_entries.TryGetValue(storeId, out entry!) || IsExpired(entry))
            {
                entry = new Lazy<Task<EcsterMethodsAnswer>>(() => FetchAsync(storeId, fetch));
                _entries[storeId] = entry;
            }
        }

        return entry.Value;
    }

    /// <summary>Forgets a store's answer, e.g. when its Ecster account or environment changed.</summary>
    public void Invalidate(int storeId) => _entries.TryRemove(storeId, out _);

    /// <summary>Forgets every store's answer, e.g. when the settings every store inherits changed.</summary>
    public void InvalidateAll() => _entries.Clear();

    private bool IsExpired(Lazy<Task<EcsterMethodsAnswer>> entry) =>
        entry.IsValueCreated && entry.Value.IsCompleted && entry.Value.Result.UsableUntil <= _time.GetUtcNow();

    private async Task<EcsterMethodsAnswer> FetchAsync(int storeId, Func<CancellationToken, Task<IReadOnlyList<PaymentMethod>>> fetch)
    {
        using var timeout = new CancellationTokenSource(EcsterDefaults.AvailabilityCheckTimeout);
        try
        {
            var methods = await fetch(timeout.Token);
            return new EcsterMethodsAnswer(methods, _time.GetUtcNow() + EcsterDefaults.AvailabilityFreshFor);
        }
        catch (Exception ex)
        {
            // Client exceptions carry no keys or personal data. Logged once per failed fetch, not per page.
            _logger.LogWarning(ex, "Ecster's payment methods for store {StoreId} could not be fetched; Ecster stays hidden at checkout for now", storeId);
            return new EcsterMethodsAnswer(null, _time.GetUtcNow() + EcsterDefaults.AvailabilityRetryAfterFailure);
        }
    }
}
