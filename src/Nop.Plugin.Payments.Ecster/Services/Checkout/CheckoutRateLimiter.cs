using System.Collections.Concurrent;

namespace Nop.Plugin.Payments.Ecster.Services.Checkout;

/// <summary>What a payment-step request costs: a call to Ecster, or only a QR code drawn on our server.</summary>
public enum CheckoutRequestKind
{
    EcsterCall,
    QrCode
}

/// <summary>
/// A sliding window per customer: at most N requests of a kind in the last minute. It keeps one shopper (or a
/// script posing as one) from making the store hammer Ecster; a BankID collect every 2 seconds and a QR code every
/// second stay well inside the limits.
/// </summary>
public sealed class CheckoutRateLimiter
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<(int CustomerId, CheckoutRequestKind Kind), Queue<DateTimeOffset>> _windows = new();
    private readonly TimeProvider _time;

    public CheckoutRateLimiter(TimeProvider time) => _time = time;

    private long _nextSweepTicks;

    public static int LimitOf(CheckoutRequestKind kind) => kind == CheckoutRequestKind.QrCode ? 90 : 45;

    /// <summary>Counts the request and says whether it may go ahead.</summary>
    public bool TryAcquire(int customerId, CheckoutRequestKind kind)
    {
        var now = _time.GetUtcNow();
        var window = _windows.GetOrAdd((customerId, kind), _ => new Queue<DateTimeOffset>());
        lock (window)
        {
            while (window.Count > 0 && now - window.Peek() >= Window)
                window.Dequeue();
            if (window.Count >= LimitOf(kind))
                return false;

            window.Enqueue(now);
        }

        // At most one sweep a second: with more than 10,000 busy customers a sweep per request would be quadratic.
        var due = Interlocked.Read(ref _nextSweepTicks);
        if (_windows.Count > 10_000 && now.UtcTicks >= due
            && Interlocked.CompareExchange(ref _nextSweepTicks, (now + TimeSpan.FromSeconds(1)).UtcTicks, due) == due)
            ForgetIdle(now);
        return true;
    }

    // Customers whose window is empty cost nothing to forget; this bounds memory under many guest sessions.
    private void ForgetIdle(DateTimeOffset now)
    {
        foreach (var (key, window) in _windows)
            lock (window)
                if (window.Count == 0 || now - window.Last() >= Window)
                    _windows.TryRemove(key, out _);
    }
}
