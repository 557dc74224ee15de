using Nop.Plugin.Payments.Ecster.Services;
using Nop.Plugin.Payments.Ecster.Services.Api;

namespace Nop.Plugin.Payments.Ecster.Tests.Infrastructure;

/// <summary>The one table of Ecster's error codes: each code means something to someone, in both languages.</summary>
public class EcsterErrorCodesTests
{
    private static IEnumerable<string> Codes() => EcsterErrorCodes.Known;

    [TestCaseSource(nameof(Codes))]
    public void Each_code_has_a_text_for_the_shopper_or_the_admin_in_English_and_Swedish(string code)
    {
        var shopper = EcsterErrorCodes.ShopperText(code);
        var admin = EcsterErrorCodes.AdminText(code);
        Assert.That(shopper ?? admin, Is.Not.Null, "a code nobody is told about need not be a constant");

        foreach (var culture in new[] { "en-US", "sv-SE" })
        {
            var texts = EcsterLocaleResources.ForCulture(culture);
            if (shopper is not null)
                Assert.That(texts, Does.ContainKey("Plugins.Payments.Ecster.Checkout.Errors." + shopper), culture);
            if (admin is not null)
                Assert.That(texts, Does.ContainKey("Plugins.Payments.Ecster.BackOffice.Errors." + admin), culture);
        }
    }
}
