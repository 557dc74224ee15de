using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;

/// <summary>
/// One async lock per order (singleton), so two admins, a double click and an order event on the same order run
/// one after the other in this process. Re-entrant within one async flow: saving the order inside the lock
/// publishes nopCommerce events whose consumers take the same lock, and must not wait for themselves.
/// </summary>
public sealed class OrderLocks
{
    private static readonly AsyncLocal<ImmutableHashSet<string>?> Held = new();

    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    public async Task<T> RunAsync<T>(string key, Func<Task<T>> body)
    {
        var held = Held.Value ?? ImmutableHashSet<string>.Empty.WithComparer(StringComparer.Ordinal);
        if (held.Contains(key))
            return await body();

        // Semaphores stay in the dictionary: one per order touched since start, a few hundred bytes each.
        var gate = _locks.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync();
        try
        {
            Held.Value = held.Add(key);
            return await body();
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
}
