namespace Ecster.Sandbox.Domain;

internal static class OrderStatuses
{
    public const string Ready = "READY";
    public const string PartiallyDelivered = "PARTIALLY_DELIVERED";
    public const string FullyDelivered = "FULLY_DELIVERED";
    public const string Annulled = "ANNULLED";

    /// <summary>docs §7.3: what was debited and annulled decides the status; a credit never changes it (Assumed A19).</summary>
    public static string From(long debited, long remaining)
    {
        if (debited == 0) return remaining == 0 ? Annulled : Ready;
        return remaining > 0 ? PartiallyDelivered : FullyDelivered;
    }
}

internal static class TransactionTypes
{
    public const string Debit = "DEBIT";
    public const string Credit = "CREDIT";
    public const string Annul = "ANNUL";

    /// <summary>The spelling of Ecster's annul page's request example (docs §9); its answer says ANNUL.</summary>
    public const string AnnulAsOnThePage = "ANNULL";
}

internal static class ConsentStatuses
{
    public const string NotRequired = "NOT_REQUIRED";
    public const string Required = "REQUIRED";
    public const string Pending = "PENDING";
    public const string Signed = "SIGNED";
    public const string Failed = "FAILED";
}
