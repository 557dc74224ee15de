namespace Nop.Plugin.Payments.Ecster.Services.Admin;

/// <summary>
/// How a stored key is shown on the configuration page: enough for the shop owner to recognise which key is
/// stored, never enough to use it.
/// </summary>
public static class SecretMask
{
    /// <summary>Keys shorter than this show no characters at all: four of eight would give half the key away.</summary>
    private const int ShortestWithVisibleEnd = 12;

    private const int VisibleEnd = 4;
    private const string Dots = "••••";

    /// <summary>"••••1234" for a stored key, "••••" for a short one, null when no key is stored.</summary>
    public static string? Mask(string? secret)
    {
        if (string.IsNullOrWhiteSpace(secret))
            return null;
        secret = secret.Trim();
        return secret.Length < ShortestWithVisibleEnd ? Dots : Dots + secret[^VisibleEnd..];
    }
}
