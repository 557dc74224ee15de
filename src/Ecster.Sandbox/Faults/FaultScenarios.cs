using Ecster.Sandbox.Http;
using Ecster.Sandbox.Model;

namespace Ecster.Sandbox.Faults;

/// <summary>
/// Faults registered through POST /sandbox/faults. A scenario's path is matched EXACTLY against the part of the
/// request path after /rest/public/v1 (case-insensitive), where a "*" segment matches any one segment:
/// "/orders" hits create order only, "/orders/*/transactions" hits every order's transactions.
/// Exact matching was chosen over prefix matching so that a fault on "/orders" cannot also hit
/// "/orders/{id}/transactions" by surprise. A leading "/rest/public/v1" in the scenario path is ignored.
/// </summary>
internal sealed class FaultScenarios
{
    private readonly object _sync = new();
    private readonly List<Scenario> _scenarios = [];
    private long _nextId;

    public FaultScenarioView Add(string path, string? method, string fault, int? times)
    {
        if (string.IsNullOrWhiteSpace(path) || !path.StartsWith('/')) throw ApiErrors.InvalidRequest("path must start with '/'.");
        if (string.IsNullOrWhiteSpace(fault)) throw ApiErrors.InvalidRequest("fault is required.");
        if (times is <= 0) throw ApiErrors.InvalidRequest("times must be positive (leave it out for every request).");
        var plan = FaultPlan.Parse(fault);
        var relative = ApiPaths.Relative(new PathString(path.TrimEnd('/').Length == 0 ? "/" : path.TrimEnd('/')));
        lock (_sync)
        {
            var scenario = new Scenario("flt-" + ++_nextId, relative, method?.Trim().ToUpperInvariant(), fault, plan, times);
            _scenarios.Add(scenario);
            return scenario.View();
        }
    }

    public void Clear()
    {
        lock (_sync) _scenarios.Clear();
    }

    /// <summary>Removes one scenario, used up or not; false when there is none with that id.</summary>
    public bool Remove(string id)
    {
        lock (_sync) return _scenarios.RemoveAll(s => s.Id == id) > 0;
    }

    public IReadOnlyList<FaultScenarioView> List()
    {
        lock (_sync) return _scenarios.Select(s => s.View()).ToList();
    }

    /// <summary>Takes one use of the first scenario that matches, if any.</summary>
    public (FaultPlan Plan, string? Text) Consume(string method, PathString requestPath)
    {
        var relative = ApiPaths.Relative(requestPath).TrimEnd('/');
        lock (_sync)
        {
            var scenario = _scenarios.FirstOrDefault(s =>
                (s.Method is null || s.Method == method.ToUpperInvariant()) && PathMatches(s.Path, relative));
            if (scenario is null) return (FaultPlan.None, null);
            if (scenario.Remaining is not null && --scenario.Remaining == 0) _scenarios.Remove(scenario);
            return (scenario.Plan, scenario.Fault);
        }
    }

    private static bool PathMatches(string pattern, string path)
    {
        var want = pattern.Trim('/').Split('/');
        var have = path.Trim('/').Split('/');
        if (want.Length != have.Length) return false;
        for (var i = 0; i < want.Length; i++)
        {
            if (want[i] != "*" && !string.Equals(want[i], have[i], StringComparison.OrdinalIgnoreCase)) return false;
        }
        return true;
    }

    private sealed class Scenario(string id, string path, string? method, string fault, FaultPlan plan, int? times)
    {
        public string Id { get; } = id;
        public string Path { get; } = path;
        public string? Method { get; } = method;
        public string Fault { get; } = fault;
        public FaultPlan Plan { get; } = plan;
        public int? Times { get; } = times;
        public int? Remaining { get; set; } = times;

        public FaultScenarioView View() => new(Id, Path, Method, Fault, Times, Remaining);
    }
}
