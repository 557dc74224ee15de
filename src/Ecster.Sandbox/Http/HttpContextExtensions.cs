namespace Ecster.Sandbox.Http;

internal static class HttpContextExtensions
{
    private const string MerchantIdKey = "sandbox.merchantId";

    public static void SetMerchantId(this HttpContext context, string merchantId) => context.Items[MerchantIdKey] = merchantId;

    public static string MerchantId(this HttpContext context) =>
        context.Items[MerchantIdKey] as string ?? throw ApiErrors.InvalidCredentials();

    public static IResult Json(object value, int status = 200) =>
        Results.Json(value, SandboxJson.Options, contentType: "application/json; charset=utf-8", statusCode: status);
}
