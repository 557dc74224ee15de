using System.Globalization;
using System.Text;

namespace Ecster.Client.Serialization;

/// <summary>
/// Builds the query string of a GET call: Ecster's GET calls take every parameter in the URL and no body
/// (docs §1). Names in the order given, values escaped, amounts as whole öre, booleans as <c>true</c>/<c>false</c>.
/// </summary>
internal sealed class QueryString
{
    private readonly StringBuilder _text = new();

    public QueryString Add(string name, string? value)
    {
        if (value is null)
            return this;

        _text.Append(_text.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        return this;
    }

    public QueryString AddOre(string name, decimal? sek) =>
        sek is { } value ? Add(name, Money.ToOre(value).ToString(CultureInfo.InvariantCulture)) : this;

    public QueryString Add(string name, bool value) => Add(name, value ? "true" : "false");

    public override string ToString() => _text.ToString();
}
