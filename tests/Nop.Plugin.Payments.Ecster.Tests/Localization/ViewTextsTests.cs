using System.Reflection;
using System.Text.RegularExpressions;
using Nop.Plugin.Payments.Ecster.Services;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Payments.Ecster.Tests.Localization;

/// <summary>
/// Every plugin text a view or a model label asks for exists in English and in Swedish. The views are compiled only
/// by nopCommerce at run time, so a missing key would otherwise first show up as a raw key in a shop.
/// </summary>
public partial class ViewTextsTests
{
    private const string Prefix = "Plugins.Payments.Ecster.";

    [GeneratedRegex("""const string (\w+) = "([^"]+)";""")]
    private static partial Regex PrefixConstant();

    [GeneratedRegex("""T\("([^"]+)"|T\((\w+) \+ "([^"]+)"\)""")]
    private static partial Regex TextCall();

    private static IEnumerable<string> ViewKeys()
    {
        foreach (var view in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "Views"), "*.cshtml", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(view);
            var prefixes = PrefixConstant().Matches(text).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
            foreach (Match call in TextCall().Matches(text))
                yield return call.Groups[1].Success ? call.Groups[1].Value : prefixes[call.Groups[2].Value] + call.Groups[3].Value;
        }
    }

    private static IEnumerable<string> ModelLabelKeys() =>
        typeof(EcsterPaymentMethod).Assembly.GetTypes()
            .SelectMany(t => t.GetProperties())
            .Select(p => p.GetCustomAttribute<NopResourceDisplayNameAttribute>()?.ResourceKey)
            .OfType<string>();

    [TestCase("en-US")]
    [TestCase("sv-SE")]
    public void Every_plugin_text_used_by_a_view_or_a_label_exists(string culture)
    {
        var texts = EcsterLocaleResources.ForCulture(culture);
        var used = ViewKeys().Concat(ModelLabelKeys()).Where(k => k.StartsWith(Prefix, StringComparison.Ordinal)).Distinct().ToList();

        Assert.That(used, Has.Count.GreaterThan(50), "the scan found the views' texts");
        Assert.That(used.Where(k => !texts.ContainsKey(k)), Is.Empty);
    }

    [Test]
    public void English_and_Swedish_have_the_same_keys()
    {
        var english = EcsterLocaleResources.ForCulture("en-US").Keys.ToHashSet();
        var swedish = EcsterLocaleResources.ForCulture("sv-SE").Keys.ToHashSet();

        Assert.That(english.Except(swedish), Is.Empty, "missing in Swedish");
        Assert.That(swedish.Except(english), Is.Empty, "missing in English");
    }
}
