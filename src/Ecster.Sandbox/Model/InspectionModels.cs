namespace Ecster.Sandbox.Model;

// Sandbox-only views (docs §11): what GET /sandbox/* and SandboxServer.Inspector show.

public sealed record SandboxTransactionView(string OrderId, TransactionView Transaction);

/// <summary>One delivery of a notification; <c>StatusCode</c> is null when no answer came (refused, timed out).</summary>
public sealed record NotificationAttemptView(int Attempt, DateTimeOffset Time, int? StatusCode, string? Error);

public sealed record NotificationRecordView(
    string Url, NotificationView Notification, IReadOnlyList<NotificationAttemptView> Attempts, bool Delivered, bool GaveUp);

/// <summary>One API request; <c>Status</c> is null when the connection was dropped (fault or client gone).</summary>
public sealed record RequestRecord(
    DateTimeOffset Time, string RequestId, string Method, string Path, string? Query, int? Status, string? Fault);

public sealed record RequestsView(int Total, IReadOnlyDictionary<string, int> ByPath, IReadOnlyList<RequestRecord> Requests);

public sealed record FaultScenarioView(string Id, string Path, string? Method, string Fault, int? Times, int? Remaining);
