namespace Ecster.Client.Models;

// Ecster's enum values are strings in the models (docs §1: readers keep unknown values rather than fail);
// these constants are the values the contract knows.

/// <summary>Payment methods (docs §2).</summary>
public static class PaymentMethodType
{
    public const string Invoice = "INVOICE";
    public const string PartPayment = "PARTPAYMENT";

    /// <summary>
    /// Not a method of Ecster's standalone API (docs §2 lists <c>INVOICE</c> and <c>PARTPAYMENT</c>): Ecster never
    /// answers it. Kept only because the plugin's settings still name it.
    /// </summary>
    public const string Account = "ACCOUNT";
}

/// <summary>Identification methods (docs §2, §5).</summary>
public static class IdentificationMethod
{
    /// <summary>BankID on this device.</summary>
    public const string BankId = "SE_BANKID";

    /// <summary>Mobile BankID on another device, started by the personal number.</summary>
    public const string MobileBankId = "SE_BANKID_MOBILE";

    public const string ZipCode = "ZIP_CODE";
    public const string Passport = "PASSPORT";
    public const string DriversLicense = "DRIVERS_LICENSE";
    public const string IdCard = "ID_CARD";
    public const string None = "NONE";
}

/// <summary>
/// Where a sale happens: the plugin's own distinction, never sent (Ecster's create has no channel, docs §7.2); a
/// store sale sends <c>salesPerson</c>.
/// </summary>
public static class Channel
{
    public const string Ecommerce = "ECOMMERCE";
    public const string Store = "STORE";
}

/// <summary>eID statuses (docs §4.3). Ecster's values are BankID's hint codes in upper snake case.</summary>
public static class EidStatus
{
    public const string OutstandingTransaction = "OUTSTANDING_TRANSACTION";
    public const string NoClient = "NO_CLIENT";
    public const string Started = "STARTED";
    public const string UserSign = "USER_SIGN";

    /// <summary>Could not start: the consumer already has an eID order; starting again is fine.</summary>
    public const string AlreadyInProgress = "ALREADY_IN_PROGRESS";

    public const string Complete = "COMPLETE";
    public const string UserCancel = "USER_CANCEL";
    public const string ExpiredTransaction = "EXPIRED_TRANSACTION";
    public const string Cancelled = "CANCELLED";
    public const string StartFailed = "START_FAILED";
    public const string CertificateError = "CERTIFICATE_ERR";
    public const string Failed = "FAILED";

    /// <summary>The statuses that mean "collect again"; anything else (an unknown value too) ends the collect.</summary>
    public static bool IsPending(string? status) => status is OutstandingTransaction or NoClient or Started or UserSign;
}

/// <summary>The physical documents a sales person may check (docs §5): a ticket with <c>inPerson: true</c> only.</summary>
public static class IdentificationDocument
{
    public static bool IsDocument(string? method) =>
        method is IdentificationMethod.Passport or IdentificationMethod.DriversLicense or IdentificationMethod.IdCard;
}

/// <summary>Order statuses (docs §7.3).</summary>
public static class OrderStatus
{
    public const string Ready = "READY";
    public const string PartiallyDelivered = "PARTIALLY_DELIVERED";
    public const string FullyDelivered = "FULLY_DELIVERED";
    public const string Annulled = "ANNULLED";
}

/// <summary>Transaction types (docs §9).</summary>
public static class TransactionType
{
    public const string Debit = "DEBIT";
    public const string Credit = "CREDIT";
    public const string Annul = "ANNUL";
}

/// <summary>Order event notification events (docs §10: CREATED and FULL_DEBIT Known, the rest Assumed).</summary>
public static class NotificationEvent
{
    public const string OrderCreated = "CREATED";
    public const string OrderUpdated = "UPDATED";
    public const string DebitConsentSigned = "SIGNATURE_COMPLETE";
    public const string PartialDebit = "PARTIAL_DEBIT";
    public const string FullDebit = "FULL_DEBIT";
    public const string Credit = "CREDIT";
    public const string Annul = "ANNUL";
}
