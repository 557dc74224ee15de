using Ecster.Sandbox.Domain;
using Ecster.Sandbox.Hosting;

namespace Ecster.Sandbox.Tests;

/// <summary>Pure rules checked directly, without HTTP.</summary>
public sealed class RuleTests
{
    private static readonly DateTimeOffset Today = new(2026, 11, 25, 0, 0, 0, TimeSpan.Zero);

    [TestCase("198112189801", "198112189801")]
    [TestCase("19811218-9801", "198112189801")]
    [TestCase("811218-9801", "198112189801")]
    [TestCase("121212+9801", "191212129801")]
    [TestCase("121212-9801", "201212129801")] // '-' means under 100 years old
    [TestCase("198112189802", null)]
    [TestCase("8112189801", null)]
    [TestCase("19811232-9801", null)]
    [TestCase("", null)]
    public void Personal_numbers_are_normalized_to_twelve_digits(string input, string? expected)
    {
        Assert.That(PersonalNumber.Normalize(input, Today), Is.EqualTo(expected));
    }

    [Test]
    public void Every_test_consumer_has_a_valid_personal_number()
    {
        foreach (var consumer in TestConsumers.All)
            Assert.That(PersonalNumber.Normalize(consumer.PersonalNumber, Today), Is.EqualTo(consumer.PersonalNumber), consumer.FirstName);
    }

    [TestCase("http://127.0.0.1:5080")]
    [TestCase("http://localhost:5080")]
    [TestCase("http://[::1]:5080")]
    [TestCase("http://127.0.0.1:5080;http://localhost:5081")]
    public void Loopback_urls_are_accepted(string urls) => Assert.That(LoopbackUrls.Parse(urls), Is.Not.Empty);

    [TestCase("http://0.0.0.0:5080")]
    [TestCase("http://*:5080")]
    [TestCase("http://+:5080")]
    [TestCase("http://192.168.1.10:5080")]
    [TestCase("http://127.0.0.1:5080;http://example.com:80")]
    public void Other_hosts_are_refused(string urls) => Assert.Throws<ArgumentException>(() => LoopbackUrls.Parse(urls));

    [Test]
    public void The_default_url_is_port_5080_on_loopback() =>
        Assert.That(LoopbackUrls.Parse(null), Is.EqualTo(new[] { "http://127.0.0.1:5080" }));
}
