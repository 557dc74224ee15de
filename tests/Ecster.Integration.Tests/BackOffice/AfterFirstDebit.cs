using System.Reflection;
using Ecster.Client;
using Ecster.Client.Models;

namespace Ecster.Integration.Tests.BackOffice;

/// <summary>
/// Wraps a client so that the first debit, once Ecster has answered it, hands its answer back only after
/// <c>meanwhile</c> has run: another node acting on the order while this node's answer is on its way.
/// </summary>
internal class AfterFirstDebit : DispatchProxy
{
    private IEcsterClient _inner = null!;
    private Func<Task> _meanwhile = null!;
    private int _debits;

    public static IEcsterClient Wrap(IEcsterClient inner, Func<Task> meanwhile)
    {
        var proxy = Create<IEcsterClient, AfterFirstDebit>();
        var self = (AfterFirstDebit)(object)proxy;
        self._inner = inner;
        self._meanwhile = meanwhile;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        var call = targetMethod!.Invoke(_inner, args);
        return targetMethod.Name == nameof(IEcsterClient.DebitAsync) && Interlocked.Increment(ref _debits) == 1
            ? ThenMeanwhileAsync((Task<TransactionResult>)call!)
            : call;
    }

    private async Task<TransactionResult> ThenMeanwhileAsync(Task<TransactionResult> debit)
    {
        var answer = await debit;
        await _meanwhile();
        return answer;
    }
}
