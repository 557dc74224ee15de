namespace Nop.Plugin.Payments.Ecster.Services.Availability;

/// <summary>Why Ecster is not offered for a cart; <see cref="None"/> means it is offered.</summary>
public enum HiddenReason
{
    None = 0,

    /// <summary>The store has no API key or merchant key.</summary>
    NotConfigured,

    /// <summary>The shopper's working currency is not SEK, the only currency Ecster lends in.</summary>
    CurrencyNotSek,

    /// <summary>The cart total is below the shop's minimum or above its maximum.</summary>
    OutsideShopLimits,

    /// <summary>The shop offers none of Ecster's payment methods.</summary>
    NoMethodOffered,

    /// <summary>Ecster could not be asked (unreachable, timed out, wrong keys): shown nothing rather than a failing checkout.</summary>
    EcsterUnreachable,

    /// <summary>Ecster lists none of the methods the shop offers.</summary>
    OfferedMethodsNotAtEcster,

    /// <summary>Every offered method Ecster lists has limits the cart total is outside of.</summary>
    OutsideEcsterLimits
}
