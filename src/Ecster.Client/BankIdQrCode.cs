using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Ecster.Client;

/// <summary>The animated BankID QR code content (docs/ecster-api.md §4.1), computed locally each second.</summary>
public static class BankIdQrCode
{
    /// <summary>
    /// <c>bankid.{qrStartToken}.{seconds}.{hex(HMAC-SHA256(qrStartSecret, seconds))}</c>, lower-case hex.
    /// </summary>
    /// <param name="qrStartToken">From the BankID start answer.</param>
    /// <param name="qrStartSecret">From the BankID start answer; never show or log it.</param>
    /// <param name="seconds">Whole seconds since <c>startedAt</c>.</param>
    public static string Compute(string qrStartToken, string qrStartSecret, int seconds)
    {
        ArgumentException.ThrowIfNullOrEmpty(qrStartToken);
        ArgumentException.ThrowIfNullOrEmpty(qrStartSecret);
        ArgumentOutOfRangeException.ThrowIfNegative(seconds);

        var time = seconds.ToString(CultureInfo.InvariantCulture);
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(qrStartSecret), Encoding.UTF8.GetBytes(time));
        return $"bankid.{qrStartToken}.{time}.{Convert.ToHexStringLower(hash)}";
    }
}
