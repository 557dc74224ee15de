using System.Globalization;

namespace Nop.Plugin.Payments.Ecster.Services.Cart;

/// <summary>
/// Ecster's length limits for a cart row's texts, and cutting to them without breaking a character: a cut falls
/// only between text elements (what a reader sees as one character: a letter with its combining marks, an emoji
/// with its modifiers and joiners), so "é" written as e + ◌́ or a family emoji is kept whole or dropped whole.
/// Limits count UTF-16 code units, the strictest reading of "characters" (a code point or a text element is never
/// more than that), so a cut text fits whichever way Ecster counts.
/// </summary>
public static class EcsterText
{
    /// <summary>Ecster's documented limit for <c>partNumber</c> (Known, WooCommerce integration).</summary>
    public const int PartNumberMaxLength = 32;

    /// <summary>
    /// Ecster documents no limit for a row's <c>name</c>; 100 is assumed (long enough for a product name with its
    /// attributes, short enough for an invoice row), until Ecster's reference says otherwise.
    /// </summary>
    public const int NameMaxLength = 100;

    /// <summary>The longest start of <paramref name="value"/> of at most <paramref name="maxLength"/> UTF-16 units that ends on a text-element boundary.</summary>
    public static string Cut(string value, int maxLength)
    {
        if (value.Length <= maxLength)
            return value;

        var end = 0;
        var elements = StringInfo.GetTextElementEnumerator(value);
        while (elements.MoveNext())
        {
            var next = elements.ElementIndex + elements.GetTextElement().Length;
            if (next > maxLength)
                break;
            end = next;
        }

        return value[..end].TrimEnd();
    }
}
