namespace Ecster.Sandbox.Notifications;

/// <summary>The events of docs §10.</summary>
internal static class NotificationEvents
{
    public const string OrderCreated = "ORDER_CREATED";
    public const string OrderUpdated = "ORDER_UPDATED";
    public const string DebitConsentSigned = "DEBIT_CONSENT_SIGNED";
    public const string PartialDebit = "PARTIAL_DEBIT";
    public const string FullDebit = "FULL_DEBIT";
    public const string Credit = "CREDIT";
    public const string Annul = "ANNUL";
}
