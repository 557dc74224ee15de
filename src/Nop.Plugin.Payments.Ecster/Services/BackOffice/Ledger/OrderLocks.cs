using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
using Nop.Core.Caching;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;

/// <summary>
/// One lock per order across every node of a web farm: nopCommerce's <see cref="ILocker"/> (distributed when the
/// store runs a distributed cache, in-memory otherwise), behind an in-process semaphore so callers on one node queue
/// instead of polling. Re-entrant within one async flow: saving the order inside the lock publishes nopCommerce
/// events whose consumers take the same lock, and must not wait for themselves.
/// </summary>
public sealed class OrderLocks
{
    /// <summary>Longer than any locked body (a read, a send and a read, each bounded by the client's timeouts).</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromMinutes(2);

    /// <summary>How long a caller waits for another node's flow on the same order before giving up.</summary>
    public static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(30);

    private static readonly AsyncLocal<ImmutableHashSet<string>?> Held = new();

    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);
    private readonly ILocker _locker;

    public OrderLocks(ILocker locker) => _locker = locker;

    /// <exception cref="OrderBusyException">Another node held the order for longer than <see cref="WaitLimit"/>.</exception>
    public async Task<T> RunAsync<T>(string key, Func<Task<T>> body)
    {
        var held = Held.Value ?? ImmutableHashSet<string>.Empty.WithComparer(StringComparer.Ordinal);
        if (held.Contains(key))
            return await body();

        // Semaphores stay in the dictionary: one per order touched since start, a few hundred bytes each.
        var gate = _gates.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync();
        try
        {
            Held.Value = held.Add(key);
            return await AcrossNodesAsync(key, body);
        }
        finally
        {
            Held.Value = held;
            gate.Release();
        }
    }

    public Task RunAsync(string key, Func<Task> body) => RunAsync(key, async () =>
    {
        await body();
        return true;
    });

    public static string ForOrder(int orderId) => $"order-{orderId}";

    public static string ForStoreInbox(int storeId) => $"inbox-{storeId}";

    // ILocker does not wait: it runs the action only if nobody holds the resource. So poll, briefly and jittered.
    private async Task<T> AcrossNodesAsync<T>(string key, Func<Task<T>> body)
    {
        var resource = EcsterDefaults.SystemName + ".lock." + key;
        var waited = TimeSpan.Zero;
        while (true)
        {
            T result = default!;
            ExceptionDispatchInfo? failure = null;
            // The body's exceptions are carried out by hand: an in-memory locker swallows cancellations.
            var ran = await _locker.PerformActionWithLockAsync(resource, Expiry, async () =>
            {
                try
                {
                    result = await body();
                }
                catch (Exception error)
                {
                    failure = ExceptionDispatchInfo.Capture(error);
                }
            });
            if (ran)
            {
                failure?.Throw();
                return result;
            }

            if (waited >= WaitLimit)
                throw new OrderBusyException(key);
            var pause = TimeSpan.FromMilliseconds(Random.Shared.Next(20, 80));
            await Task.Delay(pause);
            waited += pause;
        }
    }
}

/// <summary>Another node kept the order's lock too long; nothing was done, the caller may try again.</summary>
public sealed class OrderBusyException(string key) : Exception($"The order lock '{key}' is held by another node.");
