using Microsoft.Extensions.Caching.Distributed;
using Newtonsoft.Json;
using Nop.Core.Caching;

namespace Ecster.Integration.Tests.WebFarm;

/// <summary>
/// nopCommerce 4.90.3's DistributedCacheLocker (the ILocker of every store with a distributed cache), step for
/// step, since ref/ has no bodies: a lock is a key in <see cref="IDistributedCache"/> holding its own name,
/// expiring after <c>expirationTime</c>, removed after the action. The take is check-then-set: a read, then a
/// separate write. It is not atomic, so two nodes that both read "free" before either writes both run; and the
/// release removes the key whoever set it. The plugin must not rely on it alone (its ledger is versioned).
/// </summary>
internal sealed class NopDistributedCacheLocker(IDistributedCache distributedCache) : ILocker
{
    private static readonly string Running = JsonConvert.SerializeObject(TaskStatus.Running);

    /// <summary>Attempts refused because the resource was held (the nodes really contended).</summary>
    public int Refusals;

    public async Task<bool> PerformActionWithLockAsync(string resource, TimeSpan expirationTime, Func<Task> action)
    {
        if (!string.IsNullOrEmpty(await distributedCache.GetStringAsync(resource)))
        {
            Interlocked.Increment(ref Refusals);
            return false;
        }

        try
        {
            await distributedCache.SetStringAsync(resource, resource, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = expirationTime });
            await action();
            return true;
        }
        finally
        {
            await distributedCache.RemoveAsync(resource);
        }
    }

    public async Task RunWithHeartbeatAsync(string key, TimeSpan expirationTime, TimeSpan heartbeatInterval, Func<CancellationToken, Task> action,
        CancellationTokenSource cancellationTokenSource = default!)
    {
        if (!string.IsNullOrEmpty(await distributedCache.GetStringAsync(key)))
            return;

        var tokenSource = cancellationTokenSource ?? new CancellationTokenSource();
        var options = new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = expirationTime };
        try
        {
            await distributedCache.SetStringAsync(key, Running, options, tokenSource.Token);
            await using var timer = new Timer(_ =>
            {
                try
                {
                    tokenSource.Token.ThrowIfCancellationRequested();
                    var status = distributedCache.GetString(key);
                    if (!string.IsNullOrEmpty(status) && JsonConvert.DeserializeObject<TaskStatus>(status) == TaskStatus.Canceled)
                    {
                        tokenSource.Cancel();
                        return;
                    }
                    distributedCache.SetString(key, Running, options);
                }
                catch (OperationCanceledException)
                {
                }
            }, null, 0, (int)heartbeatInterval.TotalMilliseconds);

            await action(tokenSource.Token);
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            await distributedCache.RemoveAsync(key);
        }
    }

    public async Task CancelTaskAsync(string key, TimeSpan expirationTime)
    {
        var status = await distributedCache.GetStringAsync(key);
        if (!string.IsNullOrEmpty(status) && JsonConvert.DeserializeObject<TaskStatus>(status) != TaskStatus.Canceled)
            await distributedCache.SetStringAsync(key, JsonConvert.SerializeObject(TaskStatus.Canceled),
                new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = expirationTime });
    }

    public async Task<bool> IsTaskRunningAsync(string key) => !string.IsNullOrEmpty(await distributedCache.GetStringAsync(key));
}
