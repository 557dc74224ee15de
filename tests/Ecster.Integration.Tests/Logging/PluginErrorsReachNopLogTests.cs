using Ecster.Integration.Tests.Checkout;
using Moq;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Payments.Ecster.Services.Checkout;

namespace Ecster.Integration.Tests.Logging;

/// <summary>
/// A failure at Ecster, injected by the sandbox, reaches nopCommerce's own log (Admin → System → Log) with the
/// shopper as the log entry's customer, and without the personal number or a key in any text.
/// </summary>
public class PluginErrorsReachNopLogTests
{
    private SandboxFixture _fixture = null!;

    [SetUp]
    public async Task SetUp() => _fixture = await SandboxFixture.StartAsync();

    [TearDown]
    public async Task TearDown() => await _fixture.DisposeAsync();

    private sealed record Logged(string Level, string Message, Exception? Error, Customer? Customer);

    private static List<Logged> Capture(Mock<Nop.Services.Logging.ILogger> log)
    {
        var logged = new List<Logged>();
        log.Setup(l => l.ErrorAsync(It.IsAny<string>(), It.IsAny<Exception>(), It.IsAny<Customer>()))
            .Callback((string m, Exception e, Customer c) => logged.Add(new("Error", m, e, c))).Returns(Task.CompletedTask);
        log.Setup(l => l.WarningAsync(It.IsAny<string>(), It.IsAny<Exception>(), It.IsAny<Customer>()))
            .Callback((string m, Exception e, Customer c) => logged.Add(new("Warning", m, e, c))).Returns(Task.CompletedTask);
        log.Setup(l => l.InformationAsync(It.IsAny<string>(), It.IsAny<Exception>(), It.IsAny<Customer>()))
            .Callback((string m, Exception e, Customer c) => logged.Add(new("Information", m, e, c))).Returns(Task.CompletedTask);
        return logged;
    }

    [TestCase("malformed", "Warning", TestName = "A malformed Ecster answer is a warning in nopCommerce's log")]
    [TestCase("status=503", "Warning", TestName = "Ecster unavailable is a warning in nopCommerce's log")]
    public async Task A_failed_BankID_start_is_logged_to_nopCommerce_with_the_shopper(string fault, string level)
    {
        _fixture.Sandbox.AddFault("/identification/eid", fault, "POST");
        var checkout = new CheckoutHarness(_fixture);
        var logged = Capture(checkout.NopLog);

        var step = await checkout.IdentifyWithBankIdAsync("19811218-9801");

        Assert.That(step.Status, Is.EqualTo(CheckoutStepStatus.Failed));
        var entry = logged.Single();
        Assert.Multiple(() =>
        {
            Assert.That(entry.Level, Is.EqualTo(level));
            Assert.That(entry.Customer, Is.SameAs(checkout.Customer), "Admin → System → Log shows whose checkout failed");
            Assert.That(entry.Message, Does.StartWith("Ecster: "));
            var everything = entry.Message + entry.Error;
            foreach (var secret in new[] { "19811218", "198112189801", "8112189801", _fixture.Sandbox.ApiKey, _fixture.Sandbox.MerchantKey })
                Assert.That(everything, Does.Not.Contain(secret));
        });
    }
}
