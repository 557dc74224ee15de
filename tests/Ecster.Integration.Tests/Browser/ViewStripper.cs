using System.Net;
using System.Text.RegularExpressions;

namespace Ecster.Integration.Tests.Browser;

/// <summary>
/// Turns one of the plugin's Razor views into the HTML nopCommerce would render, for the constructs our views use
/// (texts, model values, bool choices, one if block), so a browser test runs the page script against the real
/// markup. Anything it does not understand fails the test instead of passing silently.
/// </summary>
internal static partial class ViewStripper
{
    [GeneratedRegex("""const string (\w+) = "([^"]+)";""")]
    private static partial Regex PrefixConstant();

    [GeneratedRegex("""@\*.*?\*@""", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex("""@T\("([^"]+)"\)|@T\((\w+) \+ "([^"]+)"\)""")]
    private static partial Regex TextCall();

    [GeneratedRegex("""@\(Model\.(\w+) \? "([^"]*)" : "([^"]*)"\)""")]
    private static partial Regex BoolChoice();

    [GeneratedRegex("""@if \(Model\.(\w+)\)\s*\{""")]
    private static partial Regex IfBlock();

    [GeneratedRegex("""@Model\.(\w+)|@(\w+)""")]
    private static partial Regex Value();

    public static string Render(string viewPath, IReadOnlyDictionary<string, string> texts, IReadOnlyDictionary<string, object> model)
    {
        var view = File.ReadAllText(viewPath);
        var prefixes = PrefixConstant().Matches(view).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

        view = Comment().Replace(view, "");
        view = string.Join('\n', view.Split('\n').Where(l => !l.StartsWith("@model ") && !l.StartsWith("@inject ")));
        view = RemoveBlock(view, view.IndexOf("@{", StringComparison.Ordinal));

        view = TextCall().Replace(view, m =>
        {
            var key = m.Groups[1].Success ? m.Groups[1].Value : prefixes[m.Groups[2].Value] + m.Groups[3].Value;
            return WebUtility.HtmlEncode(texts.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException(key));
        });
        view = BoolChoice().Replace(view, m => (bool)model[m.Groups[1].Value] ? m.Groups[2].Value : m.Groups[3].Value);

        for (var match = IfBlock().Match(view); match.Success; match = IfBlock().Match(view))
        {
            var open = match.Index + match.Length - 1;
            var close = MatchingBrace(view, open);
            var body = view.Substring(open + 1, close - open - 1);
            view = view[..match.Index] + ((bool)model[match.Groups[1].Value] ? body : "") + view[(close + 1)..];
        }

        view = Value().Replace(view, m =>
        {
            var name = m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value;
            return model.TryGetValue(name, out var value)
                ? WebUtility.HtmlEncode(value.ToString() ?? string.Empty)
                : throw new InvalidOperationException($"The view uses @{name}, which this test does not supply.");
        });
        return view.Replace("~/Plugins/Payments.Ecster/", "/Plugins/Payments.Ecster/", StringComparison.Ordinal);
    }

    private static string RemoveBlock(string view, int start) =>
        start < 0 ? view : view[..start] + view[(MatchingBrace(view, start + 1) + 1)..];

    private static int MatchingBrace(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == '{')
                depth++;
            else if (text[i] == '}' && --depth == 0)
                return i;
        }

        throw new FormatException("Unbalanced braces in the view.");
    }
}
