using Ecster.Sandbox.Model;

namespace Ecster.Sandbox.Domain;

/// <summary>A store order's consent to be debited (docs §8). Guarded by its order's lock.</summary>
internal sealed class DebitConsent(bool required)
{
    public bool Required { get; } = required;
    public string Status { get; set; } = required ? ConsentStatuses.Required : ConsentStatuses.NotRequired;
    public long? MaxAmount { get; set; }
    public DateTimeOffset? SignedAt { get; set; }
    public Dictionary<string, ConsentAttempt> Attempts { get; } = new();

    public bool IsSigned => Status == ConsentStatuses.Signed;

    public void Sign(long maxAmount, DateTimeOffset now)
    {
        Status = ConsentStatuses.Signed;
        MaxAmount = maxAmount;
        SignedAt = now;
    }

    public DebitConsentStateView View() => new(Required, Status, MaxAmount, SignedAt);
}

/// <summary>One attempt to get a consent signed; BANKID attempts carry their BankID session.</summary>
internal sealed class ConsentAttempt(string id, BankIdSession? session, long maxAmount)
{
    public string Id { get; } = id;
    public BankIdSession? Session { get; } = session;
    public long MaxAmount { get; } = maxAmount;
    public string Status { get; set; } = ConsentStatuses.Pending;
    public DateTimeOffset? SignedAt { get; set; }
}
