namespace Ecster.Sandbox.Domain;

internal enum BankIdStatus { Pending, Complete, Failed }

/// <summary>
/// One BankID order (identification or debit consent). Who signs decides the outcome: <see cref="Signer"/> is null
/// for a personal number the sandbox does not know.
/// </summary>
internal sealed class BankIdSession(TestConsumer? signer, DateTimeOffset startedAt)
{
    public object Sync { get; } = new();
    public string OrderRef { get; } = Ids.Token();
    public string AutoStartToken { get; } = Ids.Token();
    public DateTimeOffset StartedAt { get; } = startedAt;
    public TestConsumer? Signer { get; } = signer;

    public int Polls { get; private set; }
    public BankIdStatus Status { get; private set; } = BankIdStatus.Pending;
    public string? HintCode { get; private set; } = "outstandingTransaction";

    /// <summary>Set by whoever acts on completion (the identification id), under <see cref="Sync"/>.</summary>
    public string? ResultId { get; set; }

    /// <summary>One collect: pending for <paramref name="pendingPolls"/> polls, then the signer's outcome. Call under <see cref="Sync"/>.</summary>
    public void Advance(DateTimeOffset now, int pendingPolls, TimeSpan timeout)
    {
        if (Status != BankIdStatus.Pending) return;
        if (now - StartedAt >= timeout)
        {
            Fail("expiredTransaction");
            return;
        }

        Polls++;
        if (Polls <= pendingPolls)
        {
            HintCode = Polls == 1 ? "outstandingTransaction" : "userSign";
            return;
        }

        switch (Signer?.Behaviour)
        {
            case null:
                Fail("startFailed");
                break;
            case ConsumerBehaviour.BankIdUserCancel:
                Fail("userCancel");
                break;
            case ConsumerBehaviour.BankIdNeverSigns:
                Fail("expiredTransaction");
                break;
            default:
                Status = BankIdStatus.Complete;
                HintCode = null;
                break;
        }
    }

    /// <summary>Cancel by the relying party; false when the order is already finished. Call under <see cref="Sync"/>.</summary>
    public bool Cancel()
    {
        if (Status != BankIdStatus.Pending) return false;
        Fail("cancelled");
        return true;
    }

    /// <summary>The start itself was refused (BankID's <c>alreadyInProgress</c>): the order is never pending. Call under <see cref="Sync"/>.</summary>
    public void RefuseStart(string hintCode) => Fail(hintCode);

    /// <summary>Still waiting for the consumer, and not yet timed out. Call under <see cref="Sync"/>.</summary>
    public bool IsOutstanding(DateTimeOffset now, TimeSpan timeout) => Status == BankIdStatus.Pending && now - StartedAt < timeout;

    private void Fail(string hintCode)
    {
        Status = BankIdStatus.Failed;
        HintCode = hintCode;
    }

    public static string StatusText(BankIdStatus status) => status switch
    {
        BankIdStatus.Pending => "PENDING",
        BankIdStatus.Complete => "COMPLETE",
        _ => "FAILED",
    };
}
