using System.Collections.Concurrent;
using System.Reflection;
using Ecster.Client;

namespace Ecster.Benchmarks.Checkout;

/// <summary>
/// Ecster's answers to one real checkout, recorded once against the sandbox and replayed instantly, so a benchmark
/// can time the plugin's own work on a checkout with the network taken out. Built on DispatchProxy so it follows
/// IEcsterClient without a hand-written line per operation.
/// </summary>
public class RecordedEcster : DispatchProxy
{
    private IEcsterClient? _inner;
    private ConcurrentQueue<(string Method, object? Task)> _recorded = new();
    private Dictionary<string, object?[]> _answers = [];
    private Dictionary<string, int> _next = [];

    /// <summary>Every call, in order, as "Method".</summary>
    public IReadOnlyList<string> Calls => _recorded.Select(r => r.Method).ToList();

    public static (IEcsterClient Client, RecordedEcster Recorder) Recording(IEcsterClient inner)
    {
        var client = Create<IEcsterClient, RecordedEcster>();
        var recorder = (RecordedEcster)(object)client;
        recorder._inner = inner;
        return (client, recorder);
    }

    /// <summary>A client that gives this recording's answers again, in the same order per operation.</summary>
    public IEcsterClient Replaying()
    {
        var client = Create<IEcsterClient, RecordedEcster>();
        var replayer = (RecordedEcster)(object)client;
        replayer._answers = _recorded.GroupBy(r => r.Method).ToDictionary(g => g.Key, g => g.Select(r => r.Task).ToArray());
        replayer._next = replayer._answers.Keys.ToDictionary(k => k, _ => 0);
        return client;
    }

    /// <summary>Starts the replay over, for the next checkout.</summary>
    public static void Rewind(IEcsterClient replaying)
    {
        var replayer = (RecordedEcster)(object)replaying;
        foreach (var key in replayer._answers.Keys)
            replayer._next[key] = 0;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        var name = targetMethod!.Name;
        if (_inner is not null)
        {
            var task = targetMethod.Invoke(_inner, args);
            _recorded.Enqueue((name, task));
            return task;
        }

        // Replay: the recorded tasks completed long ago; handing them out again costs nothing.
        var answers = _answers[name];
        var index = _next[name];
        _next[name] = index + 1 < answers.Length ? index + 1 : index;
        return answers[index];
    }
}
