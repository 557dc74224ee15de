using Ecster.Sandbox.Domain;
using Ecster.Sandbox.Faults;
using Ecster.Sandbox.Inspection;
using Ecster.Sandbox.Notifications;

namespace Ecster.Sandbox;

/// <summary>Everything one running sandbox holds; one instance per host, shared by the endpoints.</summary>
internal sealed class SandboxRuntime : IAsyncDisposable
{
    public SandboxRuntime(SandboxOptions options)
    {
        Options = options;
        Clock = new SandboxClock(options.TimeProvider);
        Notifications = new NotificationDispatcher(options, Clock);
    }

    public SandboxOptions Options { get; }
    public SandboxClock Clock { get; }
    public SandboxStore Store { get; } = new();
    public RequestLog Requests { get; } = new();
    public FaultScenarios Faults { get; } = new();
    public NotificationDispatcher Notifications { get; }

    public void Reset()
    {
        Store.Clear();
        Requests.Clear();
        Faults.Clear();
        Notifications.Clear();
    }

    public ValueTask DisposeAsync() => Notifications.DisposeAsync();
}
