using Ecster.Sandbox.Model;

namespace Ecster.Sandbox.Inspection;

/// <summary>What a test can see inside a running sandbox; every property answers a fresh snapshot.</summary>
public sealed class SandboxInspector
{
    private readonly SandboxRuntime _runtime;

    internal SandboxInspector(SandboxRuntime runtime) => _runtime = runtime;

    public IReadOnlyList<OrderView> Orders => _runtime.Store.OrdersInCreationOrder().Select(View).ToList();

    public OrderView? FindOrder(string orderId) =>
        _runtime.Store.Orders.TryGetValue(orderId, out var order) ? View(order) : null;

    public IReadOnlyList<SandboxTransactionView> Transactions =>
        _runtime.Store.OrdersInCreationOrder()
            .SelectMany(order => View(order).Transactions.Select(t => new SandboxTransactionView(order.Id, t)))
            .OrderBy(t => t.Transaction.Created)
            .ToList();

    public IReadOnlyList<NotificationRecordView> Notifications => _runtime.Notifications.All();

    public IReadOnlyList<RequestRecord> Requests => _runtime.Requests.All();

    public int TotalRequests => _runtime.Requests.All().Count;

    /// <summary>Request count per full path, e.g. "/rest/public/v1/orders".</summary>
    public IReadOnlyDictionary<string, int> RequestCountsByPath => _runtime.Requests.View().ByPath;

    /// <summary>How many API requests hit this path ("/orders" or "/rest/public/v1/orders"), optionally with this method.</summary>
    public int RequestCount(string path, string? method = null)
    {
        var full = path.StartsWith(Http.ApiPaths.Root, StringComparison.Ordinal) ? path : Http.ApiPaths.Root + path;
        return _runtime.Requests.All().Count(r =>
            string.Equals(r.Path, full, StringComparison.OrdinalIgnoreCase)
            && (method is null || string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase)));
    }

    public IReadOnlyList<FaultScenarioView> Faults => _runtime.Faults.List();

    private static OrderView View(Domain.Order order)
    {
        lock (order.Sync) return order.View();
    }
}
