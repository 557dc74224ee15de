using System.Security.Cryptography;
using System.Text;

namespace Ecster.Sandbox.Http;

/// <summary>x-api-key and x-merchant-key on every API request (docs §1); the pair decides the merchant.</summary>
internal sealed class CredentialsMiddleware(SandboxOptions options)
{
    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var apiKey = context.Request.Headers["x-api-key"].ToString();
        var merchantKey = context.Request.Headers["x-merchant-key"].ToString();
        var match = options.Credentials.FirstOrDefault(pair => SameSecret(pair.ApiKey, apiKey) && SameSecret(pair.MerchantKey, merchantKey));
        if (match is null) throw ApiErrors.InvalidCredentials();
        context.SetMerchantId(match.MerchantId);
        return next(context);
    }

    private static bool SameSecret(string expected, string given) =>
        given.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given));
}
