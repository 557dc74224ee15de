namespace Ecster.Sandbox.Notifications;

/// <summary>The events of docs §10 (CREATED and FULL_DEBIT Known, the rest Assumed).</summary>
internal static class NotificationEvents
{
    public const string OrderCreated = "CREATED";
    public const string OrderUpdated = "UPDATED";
    public const string DebitConsentSigned = "SIGNATURE_COMPLETE";
    public const string PartialDebit = "PARTIAL_DEBIT";
    public const string FullDebit = "FULL_DEBIT";
    public const string Credit = "CREDIT";
    public const string Annul = "ANNUL";
}
