using System.Threading.RateLimiting;

namespace Nop.Plugin.Payments.Ecster.Services.Checkout;

/// <summary>Who is asking: the request's customer, address and store. Every payment-step request may call Ecster.</summary>
public readonly record struct CheckoutCaller(int StoreId, int CustomerId, string? IpAddress);

/// <summary>How many payment-step requests a window admits, per customer, per address and per store.</summary>
public sealed record CheckoutRateLimits
{
    public TimeSpan Window { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>A BankID collect at the page's fastest (every 1.5 seconds, 40 a minute) stays inside this.</summary>
    public int EcsterCallsPerCustomer { get; init; } = 45;

    /// <summary>A script making a new guest per request still comes from one address; an office or a mobile
    /// operator's shared address carries several shoppers, hence the room.</summary>
    public int EcsterCallsPerAddress { get; init; } = 300;

    /// <summary>Many addresses at once still stop here, before the store's Ecster account is hammered.</summary>
    public int EcsterCallsPerStore { get; init; } = 3_000;
}

/// <summary>
/// Sliding windows (System.Threading.RateLimiting) chained per customer, per address and per store: a request
/// goes ahead only if all three admit it. Idle
/// partitions are dropped by the limiter itself. Per server, not across a web farm: a farm of N nodes admits at
/// most N times the limits, still a bound on Ecster calls, and a shared counter would cost every BankID poll a
/// round trip to the distributed cache (nopCommerce has no distributed rate limiter).
/// </summary>
public sealed class CheckoutRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<CheckoutCaller> _limiter;

    public CheckoutRateLimiter() : this(new CheckoutRateLimits())
    {
    }

    public CheckoutRateLimiter(CheckoutRateLimits limits)
    {
        Limits = limits;
        _limiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<CheckoutCaller, (int, int)>(caller =>
                Window((caller.StoreId, caller.CustomerId), limits.EcsterCallsPerCustomer, limits)),
            PartitionedRateLimiter.Create<CheckoutCaller, string>(caller =>
                Window(caller.IpAddress ?? string.Empty, limits.EcsterCallsPerAddress, limits)),
            PartitionedRateLimiter.Create<CheckoutCaller, int>(caller =>
                Window(caller.StoreId, limits.EcsterCallsPerStore, limits)));
    }

    public CheckoutRateLimits Limits { get; }

    /// <summary>Counts the request and says whether it may go ahead.</summary>
    public bool TryAcquire(CheckoutCaller caller)
    {
        using var lease = _limiter.AttemptAcquire(caller);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();

    private static RateLimitPartition<TKey> Window<TKey>(TKey key, int permits, CheckoutRateLimits limits) =>
        RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = limits.Window,
            SegmentsPerWindow = 6,
            QueueLimit = 0,
            AutoReplenishment = true
        });
}
