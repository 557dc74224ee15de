using Nop.Plugin.Payments.Ecster.Services.Checkout;

namespace Nop.Plugin.Payments.Ecster.Tests.Checkout;

public class BankIdQrRendererTests
{
    [Test]
    public void Renders_BankID_content_as_an_SVG_without_loading_System_Drawing()
    {
        var svg = BankIdQrRenderer.ToSvg("bankid.67df3917-fa0d-44e5-b327-edcc928297f8.3.6f1c6d1e0e5bf8ab3d9c4b3c1c0a8a5d2f4c7e8b9a0b1c2d3e4f5a6b7c8d9e0f");

        Assert.That(svg, Does.Contain("<svg").And.Contain("</svg>"));
        // The store may not ship System.Drawing.Common (and the plugin does not): the SVG path must never need it.
        Assert.That(AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name), Has.None.EqualTo("System.Drawing.Common"));
    }
}
