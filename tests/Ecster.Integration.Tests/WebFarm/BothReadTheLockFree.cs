using Microsoft.Extensions.Caching.Distributed;

namespace Ecster.Integration.Tests.WebFarm;

/// <summary>
/// Holds the first read of a lock key on each of two nodes until both have read it: the interleaving a web farm
/// meets by chance (both nodes see the lock free before either writes it), made certain. Every other call passes.
/// </summary>
internal sealed class BothReadTheLockFree
{
    private readonly TaskCompletionSource _bothRead = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _reads;

    public IDistributedCache Wrap(IDistributedCache inner) => new Gate(inner, this);

    private async Task ReadAsync()
    {
        var order = Interlocked.Increment(ref _reads);
        if (order > 2)
            return;
        if (order == 2)
            _bothRead.SetResult();
        // A locker that takes atomically never reads twice before writing: fail instead of waiting for ever.
        await _bothRead.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }

    private sealed class Gate(IDistributedCache inner, BothReadTheLockFree gate) : IDistributedCache
    {
        public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
        {
            var value = await inner.GetAsync(key, token);
            await gate.ReadAsync();
            return value;
        }

        public byte[]? Get(string key) => inner.Get(key);
        public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => inner.Set(key, value, options);
        public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
            inner.SetAsync(key, value, options, token);
        public void Refresh(string key) => inner.Refresh(key);
        public Task RefreshAsync(string key, CancellationToken token = default) => inner.RefreshAsync(key, token);
        public void Remove(string key) => inner.Remove(key);
        public Task RemoveAsync(string key, CancellationToken token = default) => inner.RemoveAsync(key, token);
    }
}
