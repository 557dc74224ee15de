using System.Collections.Concurrent;
using System.Globalization;

namespace Ecster.Sandbox.Domain;

/// <summary>
/// All sandbox state, in memory. Dictionaries are concurrent; an order's money is guarded by its own lock;
/// references are not unique (Ecster promises nothing about them), so search filters the orders.
/// </summary>
internal sealed class SandboxStore
{
    private long _nextOrder = 100_000;
    private long _nextTransaction;

    public ConcurrentDictionary<string, BankIdSession> BankIdSessions { get; } = new();
    public ConcurrentDictionary<string, EidOrder> EidOrders { get; } = new();

    /// <summary>The latest eID started per 12-digit personal number: BankID runs one order per person at a time.</summary>
    public ConcurrentDictionary<string, EidOrder> LatestEidByPerson { get; } = new();

    /// <summary>Makes "is one outstanding, else start" one step per sandbox.</summary>
    public object EidStartSync { get; } = new();
    public ConcurrentDictionary<string, Ticket> Tickets { get; } = new();
    public ConcurrentDictionary<string, PaymentOptionOffer> PaymentOptions { get; } = new();
    public ConcurrentDictionary<string, Order> Orders { get; } = new();

    private readonly object _clearLock = new();

    // Ids keep counting across resets, so an id seen before a reset never names another order after it.
    public string NextOrderId() => "ECS-" + Interlocked.Increment(ref _nextOrder).ToString(CultureInfo.InvariantCulture);

    public string NextTransactionId() => "TX-" + Interlocked.Increment(ref _nextTransaction).ToString(CultureInfo.InvariantCulture);

    public IReadOnlyList<Order> OrdersInCreationOrder() => Orders.Values.OrderBy(o => o.CreatedAt).ThenBy(o => o.Id.Length).ThenBy(o => o.Id, StringComparer.Ordinal).ToList();

    public void Clear()
    {
        lock (_clearLock)
        {
            BankIdSessions.Clear();
            EidOrders.Clear();
            LatestEidByPerson.Clear();
            Tickets.Clear();
            PaymentOptions.Clear();
            Orders.Clear();
        }
    }
}
