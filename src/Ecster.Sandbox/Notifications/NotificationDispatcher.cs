using System.Net.Http.Json;
using Ecster.Sandbox.Domain;
using Ecster.Sandbox.Http;
using Ecster.Sandbox.Model;

namespace Ecster.Sandbox.Notifications;

/// <summary>
/// Sends order event notifications in the background (docs §10): each one is POSTed, with the merchant's custom
/// header when one is configured, until the receiver answers 200 (Ecster repeats anything else), waiting <see cref="SandboxOptions.NotificationRetryDelay"/> (real time) between attempts, at most
/// <see cref="SandboxOptions.NotificationMaxAttempts"/> times. Every attempt is kept for inspection.
/// </summary>
internal sealed class NotificationDispatcher : IAsyncDisposable
{
    private readonly SandboxOptions _options;
    private readonly SandboxClock _clock;
    private readonly HttpClient _http;
    private readonly object _sync = new();
    private readonly List<NotificationRecord> _records = [];
    private readonly List<Task> _deliveries = [];
    private CancellationTokenSource _stop = new();

    public NotificationDispatcher(SandboxOptions options, SandboxClock clock)
    {
        _options = options;
        _clock = clock;
        _http = new HttpClient { Timeout = options.NotificationTimeout };
    }

    /// <summary>
    /// Queues the notification for the order's current state; call under the order's lock. The transaction is not
    /// part of Ecster's body: the merchant reads the order to learn it.
    /// </summary>
    public void Notify(Order order, string eventName, string? transactionId = null)
    {
        _ = transactionId;
        if (order.NotificationUrl is null) return;
        var notification = new NotificationView(order.Id, order.OrderReference, order.Status, _clock.Now(), eventName);
        var record = new NotificationRecord(order.NotificationUrl, notification);
        lock (_sync)
        {
            _records.Add(record);
            var stop = _stop.Token;
            _deliveries.RemoveAll(t => t.IsCompleted);
            _deliveries.Add(Task.Run(() => DeliverAsync(record, stop), CancellationToken.None));
        }
    }

    public IReadOnlyList<NotificationRecordView> All()
    {
        lock (_sync) return _records.Select(r => r.View()).ToList();
    }

    /// <summary>Forgets every notification and stops pending retries.</summary>
    public void Clear()
    {
        CancellationTokenSource old;
        lock (_sync)
        {
            old = _stop;
            _stop = new CancellationTokenSource();
            _records.Clear();
        }
        old.Cancel();
        old.Dispose();
    }

    private async Task DeliverAsync(NotificationRecord record, CancellationToken stop)
    {
        try
        {
            for (var attempt = 1; attempt <= _options.NotificationMaxAttempts; attempt++)
            {
                var (status, error) = await PostAsync(record, stop);
                var delivered = status == 200;
                record.AddAttempt(new NotificationAttemptView(attempt, _clock.Now(), status, error), delivered);
                if (delivered) return;
                if (attempt < _options.NotificationMaxAttempts) await Task.Delay(_options.NotificationRetryDelay, stop);
            }
            record.GiveUp();
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Reset or shutdown: the notification is forgotten.
        }
    }

    private async Task<(int? Status, string? Error)> PostAsync(NotificationRecord record, CancellationToken stop)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, record.Url)
            {
                Content = JsonContent.Create(record.Notification, options: SandboxJson.Options)
            };
            if (!string.IsNullOrEmpty(_options.NotificationHeaderName) && !string.IsNullOrEmpty(_options.NotificationHeaderValue))
                request.Headers.TryAddWithoutValidation(_options.NotificationHeaderName, _options.NotificationHeaderValue);
            using var response = await _http.SendAsync(request, stop);
            return ((int)response.StatusCode, null);
        }
        catch (HttpRequestException error)
        {
            return (null, error.HttpRequestError.ToString());
        }
        catch (TaskCanceledException) when (!stop.IsCancellationRequested)
        {
            return (null, "Timeout");
        }
    }

    public async ValueTask DisposeAsync()
    {
        Task[] pending;
        lock (_sync)
        {
            _stop.Cancel();
            pending = _deliveries.ToArray();
        }
        try
        {
            await Task.WhenAll(pending);
        }
        catch (OperationCanceledException)
        {
        }
        _http.Dispose();
    }
}
