namespace Ecster.Client;

/// <summary>What an Ecster failure means for the caller's next step.</summary>
public enum EcsterErrorKind
{
    /// <summary>Ecster said no to the consumer (422, type DECLINED): offer another payment method.</summary>
    Declined = 0,

    /// <summary>The request is wrong or breaks a rule (400, 422 BUSINESS_RULE): do not retry as is.</summary>
    InvalidRequest = 1,

    /// <summary>Wrong or missing keys (401/403): fix the store's settings.</summary>
    Authentication = 2,

    /// <summary>Unknown order, identification, consent or ticket (404).</summary>
    NotFound = 3,

    /// <summary>The resource is not in a state for this, or a reference was reused with other content (409).</summary>
    Conflict = 4,

    /// <summary>
    /// Ecster could not be reached or was busy (429, 5xx, network, timeout) on a call that changes nothing:
    /// nothing happened; trying again later is safe.
    /// </summary>
    Transient = 5,

    /// <summary>
    /// A money movement or an order change timed out, lost its connection or got a 5xx: it may have happened.
    /// Re-read the order (or repeat the request with the same reference) before doing anything else.
    /// </summary>
    UnknownOutcome = 6,

    /// <summary>Ecster answered 2xx with a body the client cannot read; the call itself did happen.</summary>
    MalformedResponse = 7
}
