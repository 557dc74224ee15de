using Ecster.Sandbox.Finance;
using Ecster.Sandbox.Http;

namespace Ecster.Sandbox.Api;

internal static class Channels
{
    /// <summary>ECOMMERCE when left out, as e-commerce is the common case.</summary>
    public static string Validate(string? channel) => channel switch
    {
        null => PaymentCatalog.Ecommerce,
        PaymentCatalog.Ecommerce or PaymentCatalog.Store => channel,
        _ => throw ApiErrors.InvalidRequest("channel must be ECOMMERCE or STORE."),
    };
}
