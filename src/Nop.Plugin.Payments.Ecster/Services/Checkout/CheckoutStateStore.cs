using System.Collections.Concurrent;

namespace Nop.Plugin.Payments.Ecster.Services.Checkout;

/// <summary>
/// Checkout states in memory, one per store and customer. A ticket lives 30 minutes, so a state untouched for
/// longer is worth nothing and is dropped. Memory (not the database) because the state holds the BankID QR secret
/// and lives minutes; a web farm needs sticky sessions for the payment step, as nopCommerce's own session does.
/// </summary>
public sealed class CheckoutStateStore
{
    /// <summary>Longer than a ticket lives, so a state is never dropped while its ticket is still good.</summary>
    public static readonly TimeSpan IdleLifetime = TimeSpan.FromMinutes(35);

    private const int SweepEvery = 256;

    private readonly ConcurrentDictionary<(int StoreId, int CustomerId), (CheckoutState State, DateTimeOffset TouchedAt)> _states = new();
    private readonly TimeProvider _time;
    private int _writes;

    public CheckoutStateStore(TimeProvider time) => _time = time;

    public CheckoutState? Get(int storeId, int customerId)
    {
        if (!_states.TryGetValue((storeId, customerId), out var entry))
            return null;
        if (_time.GetUtcNow() - entry.TouchedAt <= IdleLifetime)
            return entry.State;

        _states.TryRemove(new KeyValuePair<(int, int), (CheckoutState, DateTimeOffset)>((storeId, customerId), entry));
        return null;
    }

    public void Set(int storeId, int customerId, CheckoutState state)
    {
        _states[(storeId, customerId)] = (state, _time.GetUtcNow());
        if (Interlocked.Increment(ref _writes) % SweepEvery == 0)
            Sweep();
    }

    /// <summary>Forgets the customer's checkout: they start again with identification.</summary>
    public void Clear(int storeId, int customerId) => _states.TryRemove((storeId, customerId), out _);

    private void Sweep()
    {
        var now = _time.GetUtcNow();
        foreach (var (key, entry) in _states)
            if (now - entry.TouchedAt > IdleLifetime)
                _states.TryRemove(new KeyValuePair<(int, int), (CheckoutState, DateTimeOffset)>(key, entry));
    }
}
