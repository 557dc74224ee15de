using System.Threading.RateLimiting;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice.Notifications;

/// <summary>
/// A sliding window per sending address on the public notification endpoint (System.Threading.RateLimiting), so
/// one address cannot make the store read Ecster or write its inbox without bound. Ecster sends a few
/// notifications per order, so a busy store stays far inside the limit. Per server, as the checkout's limits.
/// </summary>
public sealed class NotificationRateLimiter : IDisposable
{
    /// <summary>Posts one address may make per window.</summary>
    public const int PostsPerAddress = 120;

    private readonly PartitionedRateLimiter<string> _limiter;

    public NotificationRateLimiter() : this(PostsPerAddress, TimeSpan.FromMinutes(1))
    {
    }

    public NotificationRateLimiter(int permits, TimeSpan window) =>
        _limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetSlidingWindowLimiter(address,
            _ => new SlidingWindowRateLimiterOptions { PermitLimit = permits, Window = window, SegmentsPerWindow = 6, QueueLimit = 0 }));

    /// <summary>Counts the post and says whether it may be handled.</summary>
    public bool TryAcquire(string? address)
    {
        using var lease = _limiter.AttemptAcquire(address ?? string.Empty);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
