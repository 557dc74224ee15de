using System.Reflection;
using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Ecster.Services;

/// <summary>
/// The plugin's texts, per culture, read from the JSON files embedded from Localization/ ({Area}.{culture}.json).
/// Each feature keeps its own file so texts stay next to the feature that needs them; this merges them and refuses
/// a key defined twice, so one area can never silently overwrite another's text.
/// </summary>
public static class EcsterLocaleResources
{
    private const string ResourceNamespace = "Nop.Plugin.Payments.Ecster.Localization.";

    /// <summary>Cultures the plugin ships texts for.</summary>
    public static IReadOnlyList<string> Cultures { get; } = [EcsterDefaults.Resources.EnglishCulture, EcsterDefaults.Resources.SwedishCulture];

    /// <summary>All texts of one culture, keyed by full resource name.</summary>
    public static IReadOnlyDictionary<string, string> ForCulture(string culture)
    {
        var assembly = typeof(EcsterLocaleResources).Assembly;
        var suffix = $".{culture}.json";
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in assembly.GetManifestResourceNames()
                     .Where(n => n.StartsWith(ResourceNamespace, StringComparison.Ordinal) && n.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                     .Order(StringComparer.Ordinal))
        {
            foreach (var (key, value) in Read(assembly, name))
            {
                if (!key.StartsWith(EcsterDefaults.Resources.ResourcePrefix, StringComparison.Ordinal))
                    throw new InvalidOperationException($"Resource '{key}' in {name} does not start with {EcsterDefaults.Resources.ResourcePrefix}");
                if (!result.TryAdd(key, value))
                    throw new InvalidOperationException($"Resource '{key}' is defined twice (second time in {name})");
            }
        }

        return result;
    }

    /// <summary>
    /// The texts for a store language: Swedish for any Swedish culture, English for every other language
    /// (nopCommerce shows the resource name when a language lacks a text, which is worse than English).
    /// </summary>
    public static IReadOnlyDictionary<string, string> ForLanguage(string? languageCulture) =>
        ForCulture(languageCulture?.StartsWith("sv", StringComparison.OrdinalIgnoreCase) == true
            ? EcsterDefaults.Resources.SwedishCulture
            : EcsterDefaults.Resources.EnglishCulture);

    private static Dictionary<string, string> Read(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
                           ?? throw new InvalidOperationException($"Embedded resource {resourceName} is missing");
        using var reader = new StreamReader(stream);
        return JsonConvert.DeserializeObject<Dictionary<string, string>>(reader.ReadToEnd())
               ?? throw new InvalidOperationException($"Embedded resource {resourceName} is empty");
    }
}
