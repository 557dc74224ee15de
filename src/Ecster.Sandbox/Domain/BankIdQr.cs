using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Ecster.Sandbox.Domain;

/// <summary>The animated QR code content of docs §4.1, as in the BankID relying-party API.</summary>
internal static class BankIdQr
{
    public static string Data(string qrStartToken, string qrStartSecret, long seconds)
    {
        var time = seconds.ToString(CultureInfo.InvariantCulture);
        var code = HMACSHA256.HashData(Encoding.UTF8.GetBytes(qrStartSecret), Encoding.UTF8.GetBytes(time));
        return $"bankid.{qrStartToken}.{time}.{Convert.ToHexStringLower(code)}";
    }
}
