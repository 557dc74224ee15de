using System.Reflection;
using Ecster.Client;
using Ecster.Client.Models;

namespace Ecster.Integration.Tests.BackOffice;

/// <summary>
/// Wraps a client and runs an action the moment a debit fails, before the failure reaches the back office: how a
/// test makes Ecster unreadable exactly between a lost debit answer and the read that would settle it.
/// </summary>
internal class AfterDebitFails : DispatchProxy
{
    private IEcsterClient _inner = null!;
    private Action _action = null!;

    public static IEcsterClient Wrap(IEcsterClient inner, Action action)
    {
        var proxy = Create<IEcsterClient, AfterDebitFails>();
        var self = (AfterDebitFails)(object)proxy;
        self._inner = inner;
        self._action = action;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        var result = targetMethod!.Invoke(_inner, args);
        return targetMethod.Name == nameof(IEcsterClient.DebitAsync) ? ObserveAsync((Task<TransactionResult>)result!) : result;
    }

    private async Task<TransactionResult> ObserveAsync(Task<TransactionResult> debit)
    {
        try
        {
            return await debit;
        }
        catch
        {
            _action();
            throw;
        }
    }
}
