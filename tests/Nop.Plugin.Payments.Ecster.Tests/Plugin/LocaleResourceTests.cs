using Nop.Plugin.Payments.Ecster.Services;

namespace Nop.Plugin.Payments.Ecster.Tests.Plugin;

public class LocaleResourceTests
{
    private static readonly IReadOnlyDictionary<string, string> English = EcsterLocaleResources.ForCulture("en-US");
    private static readonly IReadOnlyDictionary<string, string> Swedish = EcsterLocaleResources.ForCulture("sv-SE");

    [Test]
    public void English_and_swedish_have_the_same_keys()
    {
        Assert.That(English, Is.Not.Empty);
        Assert.That(Swedish.Keys, Is.EquivalentTo(English.Keys));
    }

    [Test]
    public void Every_text_is_filled_in_and_uses_the_plugin_prefix()
    {
        foreach (var (key, value) in English.Concat(Swedish))
        {
            Assert.That(key, Does.StartWith(EcsterDefaults.Resources.ResourcePrefix));
            Assert.That(value, Is.Not.Empty.And.Not.EqualTo(key), key);
        }
    }

    [Test]
    public void Swedish_texts_are_translations_not_copies()
    {
        var copied = English.Keys.Where(k => English[k] == Swedish[k] && English[k].Any(char.IsLetter) && English[k].Length > 12).ToList();
        Assert.That(copied, Is.Empty, "Swedish texts identical to English: " + string.Join(", ", copied));
    }

    [TestCase("sv-SE", "sv-SE")]
    [TestCase("sv-FI", "sv-SE")]
    [TestCase("en-US", "en-US")]
    [TestCase("de-DE", "en-US")]
    [TestCase(null, "en-US")]
    public void Store_languages_get_swedish_or_english(string? culture, string expected)
    {
        Assert.That(EcsterLocaleResources.ForLanguage(culture), Is.EquivalentTo(EcsterLocaleResources.ForCulture(expected)));
    }
}
