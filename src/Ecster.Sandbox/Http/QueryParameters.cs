using System.Globalization;

namespace Ecster.Sandbox.Http;

/// <summary>
/// The query string of a GET call. Ecster's GET calls take every parameter in the URL and no body (docs §1),
/// so a GET that carries a body is refused rather than read.
/// </summary>
internal sealed class QueryParameters
{
    private readonly IQueryCollection _query;

    public QueryParameters(HttpContext context)
    {
        if (context.Request.ContentLength > 0 || context.Request.Headers.TransferEncoding.Count > 0)
            throw ApiErrors.InvalidRequest("GET calls take their parameters in the URL; no body may be sent.");
        _query = context.Request.Query;
    }

    public string? Optional(string name)
    {
        var value = _query[name].ToString();
        return value.Length == 0 ? null : value;
    }

    public string Required(string name) => Optional(name) ?? throw ApiErrors.InvalidRequest($"{name} is required.");

    public long RequiredOre(string name) => OptionalOre(name) ?? throw ApiErrors.InvalidRequest($"{name} is required.");

    /// <summary>An amount in whole öre: digits only, as the contract sends them.</summary>
    public long? OptionalOre(string name)
    {
        var value = Optional(name);
        if (value is null) return null;
        return long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ore)
            ? ore
            : throw ApiErrors.InvalidAmount($"{name} must be a whole number of öre.");
    }

    public bool? OptionalBool(string name) => Optional(name) switch
    {
        null => null,
        var v when string.Equals(v, "true", StringComparison.OrdinalIgnoreCase) => true,
        var v when string.Equals(v, "false", StringComparison.OrdinalIgnoreCase) => false,
        _ => throw ApiErrors.InvalidRequest($"{name} must be true or false."),
    };
}
