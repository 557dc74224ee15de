using Nop.Plugin.Payments.Ecster.Models.Public;

namespace Nop.Plugin.Payments.Ecster.Tests.Views;

/// <summary>Which links from Ecster may become an href: https pages and the BankID app's scheme, nothing else.</summary>
public class ExternalLinkTests
{
    [TestCase("https://www.ecster.se/villkor")]
    [TestCase("HTTPS://www.ecster.se/villkor")]
    [TestCase("bankid:///?autostarttoken=7c40b5c9-fa74-49cf-b98c-bfe651f9a7c6&redirect=null")]
    public void Keeps_https_and_bankid_links(string url) => Assert.That(ExternalLink.OrNull(url), Is.EqualTo(url));

    [TestCase(null)]
    [TestCase("")]
    [TestCase("javascript:alert(1)")]
    [TestCase(" javascript:alert(1)")]
    [TestCase("JaVaScRiPt:alert(1)")]
    [TestCase("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]
    [TestCase("vbscript:msgbox(1)")]
    [TestCase("http://www.ecster.se/villkor")]
    [TestCase("//evil.example/terms")]
    [TestCase("/Plugins/terms")]
    [TestCase("file:///etc/passwd")]
    public void Drops_every_other_link(string? url) => Assert.That(ExternalLink.OrNull(url), Is.Null);
}
