using Ecster.Sandbox.Model;

namespace Ecster.Sandbox.Notifications;

/// <summary>A notification and its delivery attempts; written by one delivery task, read by inspection.</summary>
internal sealed class NotificationRecord(string url, NotificationView notification)
{
    private readonly object _sync = new();
    private readonly List<NotificationAttemptView> _attempts = [];
    private bool _delivered;
    private bool _gaveUp;

    public string Url { get; } = url;
    public NotificationView Notification { get; } = notification;

    public void AddAttempt(NotificationAttemptView attempt, bool delivered)
    {
        lock (_sync)
        {
            _attempts.Add(attempt);
            _delivered |= delivered;
        }
    }

    public void GiveUp()
    {
        lock (_sync) _gaveUp = true;
    }

    public NotificationRecordView View()
    {
        lock (_sync) return new NotificationRecordView(Url, Notification, _attempts.ToList(), _delivered, _gaveUp);
    }
}
