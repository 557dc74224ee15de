namespace Ecster.Sandbox.Http;

internal static class ApiPaths
{
    public const string Root = "/rest/public/v1";

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments(Root);

    /// <summary>The part after /rest/public/v1, e.g. "/orders/ECS-100001".</summary>
    public static string Relative(PathString path) =>
        path.StartsWithSegments(Root, out var rest) ? (rest.HasValue ? rest.Value! : "/") : path.Value ?? "/";
}
