using System.Reflection;
using Ecster.Client;
using Ecster.Client.Models;

namespace Ecster.Integration.Tests.BackOffice;

/// <summary>
/// Wraps a client so that the first credit's request is still in flight when its answer is lost: the back office
/// sees an unknown outcome at once, and the request reaches Ecster only when the test lets it (<see cref="CommitLateAsync"/>).
/// </summary>
internal class LosesFirstCreditAnswer : DispatchProxy
{
    private IEcsterClient _inner = null!;
    private (string OrderId, CreditRequest Request)? _inFlight;
    private int _credits;

    public static (IEcsterClient Client, LosesFirstCreditAnswer Control) Wrap(IEcsterClient inner)
    {
        var proxy = Create<IEcsterClient, LosesFirstCreditAnswer>();
        var self = (LosesFirstCreditAnswer)(object)proxy;
        self._inner = inner;
        return (proxy, self);
    }

    /// <summary>The held request arrives at Ecster now, as a slow request would.</summary>
    public Task CommitLateAsync() => _inner.CreditAsync(_inFlight!.Value.OrderId, _inFlight.Value.Request);

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        if (targetMethod!.Name == nameof(IEcsterClient.CreditAsync) && Interlocked.Increment(ref _credits) == 1)
        {
            _inFlight = ((string)args![0]!, (CreditRequest)args[1]!);
            return Task.FromException<TransactionResult>(new EcsterApiException(EcsterErrorKind.UnknownOutcome, "Credit", null, null));
        }

        return targetMethod.Invoke(_inner, args);
    }
}
