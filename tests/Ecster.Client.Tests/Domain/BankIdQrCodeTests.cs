namespace Ecster.Client.Tests.Domain;

public class BankIdQrCodeTests
{
    private const string Token = "67df3917-fa0d-44e5-b327-edcc928297f8";
    private const string Secret = "d28db9a7-4cde-429e-a983-359be676944c";

    // Expected values from the BankID relying-party documentation's example (t = 0) and an independent
    // HMAC-SHA256 computation (Python's hmac module) for the others.
    [TestCase(0, "dc69358e712458a66a7525beef148ae8526b1c71610eff2c16cdffb4cdac9bf8")]
    [TestCase(1, "949d559bf23403952a94d103e67743126381eda00f0b3cbddbf7c96b1adcbce2")]
    [TestCase(3, "96077d77699971790b46ee1f04ff1e44fe96b0602c9c51e4ca9c6d031c7c3bb7")]
    public void Computes_the_animated_qr_content(int seconds, string hex) =>
        Assert.That(BankIdQrCode.Compute(Token, Secret, seconds), Is.EqualTo($"bankid.{Token}.{seconds}.{hex}"));

    [Test]
    public void Rejects_a_negative_time() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BankIdQrCode.Compute(Token, Secret, -1));

    [Test]
    public void Rejects_missing_tokens()
    {
        Assert.Throws<ArgumentException>(() => BankIdQrCode.Compute("", Secret, 0));
        Assert.Throws<ArgumentException>(() => BankIdQrCode.Compute(Token, "", 0));
    }
}
