using System.Collections.Concurrent;
using Nop.Core.Caching;

namespace Ecster.Integration.Tests.BackOffice;

/// <summary>
/// An <see cref="ILocker"/> shared by several nodes that takes a resource atomically (only if free), releases it
/// after the action and lets it expire on its own: the locker a farm would wish for. nopCommerce's own distributed
/// locker reads, then writes, and can let two nodes in; that one, over a real Redis, is WebFarm/NopDistributedCacheLocker.
/// </summary>
internal sealed class SharedCacheLocker : ILocker
{
    private readonly ConcurrentDictionary<string, DateTime> _held = new(StringComparer.Ordinal);

    public int Refusals;

    public async Task<bool> PerformActionWithLockAsync(string resource, TimeSpan expirationTime, Func<Task> action)
    {
        var now = DateTime.UtcNow;
        if (_held.TryGetValue(resource, out var until) && until <= now)
            _held.TryRemove(KeyValuePair.Create(resource, until));
        if (!_held.TryAdd(resource, now + expirationTime))
        {
            Interlocked.Increment(ref Refusals);
            return false;
        }

        try
        {
            await action();
            return true;
        }
        finally
        {
            _held.TryRemove(resource, out _);
        }
    }

    public Task RunWithHeartbeatAsync(string key, TimeSpan expirationTime, TimeSpan heartbeatInterval, Func<CancellationToken, Task> action,
        CancellationTokenSource cancellationTokenSource = default!) => throw new NotSupportedException();

    public Task CancelTaskAsync(string key, TimeSpan expirationTime) => throw new NotSupportedException();

    public Task<bool> IsTaskRunningAsync(string key) => Task.FromResult(_held.ContainsKey(key));
}
