using System.Security.Cryptography;
using System.Text;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice.Notifications;

/// <summary>
/// The shared secret that authenticates Ecster's notifications (docs §10: a custom header configured at Ecster;
/// Ecster signs nothing else). Generated here, so it is long and random whatever the shop owner would type.
/// </summary>
public static class NotificationSecret
{
    /// <summary>256 bits.</summary>
    private const int Bytes = 32;

    /// <summary>A new secret: URL-safe base64 (43 characters), so it survives any header configuration form.</summary>
    public static string Generate() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(Bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>
    /// True only when a secret is configured and the header carries exactly it. Compared in constant time, so the
    /// answer's timing says nothing about how much of a guess was right.
    /// </summary>
    public static bool Matches(string? configured, string? presented)
    {
        if (string.IsNullOrEmpty(configured) || presented is null)
            return false;
        return CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(configured)), SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
    }
}
