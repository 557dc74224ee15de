using Nop.Plugin.Payments.Ecster.Services.Admin;

namespace Nop.Plugin.Payments.Ecster.Tests.Admin;

public class SecretMaskTests
{
    [TestCase("live-api-key-0000-1234", "••••1234")]
    [TestCase("  padded-api-key-98765  ", "••••8765")]
    [TestCase("short-key", "••••")]
    [TestCase("", null)]
    [TestCase("   ", null)]
    [TestCase(null, null)]
    public void Shows_at_most_the_last_four_characters(string? secret, string? expected)
    {
        Assert.That(SecretMask.Mask(secret), Is.EqualTo(expected));
    }
}
