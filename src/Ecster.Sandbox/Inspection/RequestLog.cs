using Ecster.Sandbox.Model;

namespace Ecster.Sandbox.Inspection;

/// <summary>Every API request since the last reset.</summary>
internal sealed class RequestLog
{
    private readonly object _sync = new();
    private readonly List<RequestRecord> _records = [];

    public void Add(RequestRecord record)
    {
        lock (_sync) _records.Add(record);
    }

    public IReadOnlyList<RequestRecord> All()
    {
        lock (_sync) return _records.ToList();
    }

    public void Clear()
    {
        lock (_sync) _records.Clear();
    }

    public RequestsView View()
    {
        var all = All();
        var byPath = all.GroupBy(r => r.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new RequestsView(all.Count, byPath, all);
    }
}
