using System.Reflection;
using Ecster.Client;
using Order = Ecster.Client.Models.Order;

namespace Ecster.Integration.Tests.WebFarm;

/// <summary>
/// Wraps a client so that of the first two reads of an Ecster order, the second is answered first but hands its
/// answer over only when the test lets it: two nodes that both loaded the ledger and read Ecster, one of them
/// slow to act on what it read.
/// </summary>
internal class SecondReadWaits : DispatchProxy
{
    private readonly TaskCompletionSource _secondAnswered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _letSecondGo = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IEcsterClient _inner = null!;
    private int _reads;

    public static (IEcsterClient Client, SecondReadWaits Control) Wrap(IEcsterClient inner)
    {
        var proxy = Create<IEcsterClient, SecondReadWaits>();
        var self = (SecondReadWaits)(object)proxy;
        self._inner = inner;
        return (proxy, self);
    }

    /// <summary>Both nodes have asked for the order (so both loaded the ledger before either saved).</summary>
    public Task BothAsked => _secondAnswered.Task;

    public void LetSecondGo() => _letSecondGo.SetResult();

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        if (targetMethod!.Name != nameof(IEcsterClient.GetOrderAsync))
            return targetMethod.Invoke(_inner, args);

        var read = Interlocked.Increment(ref _reads);
        var send = () => (Task<Order>)targetMethod.Invoke(_inner, args)!;
        return read switch
        {
            1 => FirstAsync(send),
            2 => SecondAsync(send),
            _ => send()
        };
    }

    // The first node reads only once the second holds its answer, so that answer is older than the first's move.
    private async Task<Order> FirstAsync(Func<Task<Order>> send)
    {
        await _secondAnswered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        return await send();
    }

    private async Task<Order> SecondAsync(Func<Task<Order>> send)
    {
        var answer = await send();
        _secondAnswered.SetResult();
        await _letSecondGo.Task.WaitAsync(TimeSpan.FromSeconds(10));
        return answer;
    }
}
