namespace Ecster.Sandbox.Domain;

internal static class OrderStatuses
{
    public const string Ready = "READY";
    public const string PartiallyDelivered = "PARTIALLY_DELIVERED";
    public const string FullyDelivered = "FULLY_DELIVERED";
    public const string Annulled = "ANNULLED";
    public const string FullyCredited = "FULLY_CREDITED";

    /// <summary>docs §7.3: what was debited, credited and annulled decides the status.</summary>
    public static string From(long debited, long credited, long remaining)
    {
        if (debited == 0) return remaining == 0 ? Annulled : Ready;
        if (remaining > 0) return PartiallyDelivered;
        return credited >= debited ? FullyCredited : FullyDelivered;
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
