using Ecster.Client;
using Moq;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Payments.Ecster.Services.Api;
using Nop.Services.Logging;

namespace Nop.Plugin.Payments.Ecster.Tests.Infrastructure;

/// <summary>How loud each Ecster failure is in nopCommerce's log: what the shop owner must act on stands out.</summary>
public class EcsterLogTests
{
    [TestCase(EcsterErrorKind.Authentication, "ErrorAsync")]
    [TestCase(EcsterErrorKind.Transient, "WarningAsync")]
    [TestCase(EcsterErrorKind.UnknownOutcome, "WarningAsync")]
    [TestCase(EcsterErrorKind.MalformedResponse, "WarningAsync")]
    [TestCase(EcsterErrorKind.NotFound, "WarningAsync")]
    [TestCase(EcsterErrorKind.Declined, "InformationAsync")]
    [TestCase(EcsterErrorKind.InvalidRequest, "InformationAsync")]
    public async Task Each_kind_of_Ecster_failure_has_its_level_and_names_code_and_request_id(EcsterErrorKind kind, string method)
    {
        var log = new Mock<ILogger>();
        var customer = new Customer { Id = 7 };

        await log.Object.EcsterFailedAsync("a step failed", new EcsterApiException(kind, "GetOrder", 400, "SOME_CODE", requestId: "req-42"), customer);

        var call = log.Invocations.Single();
        Assert.That(call.Method.Name, Is.EqualTo(method));
        Assert.That((string)call.Arguments[0], Does.StartWith("Ecster: a step failed").And.Contain("SOME_CODE").And.Contain("req-42"));
        Assert.That(call.Arguments[2], Is.SameAs(customer));
    }

    [Test]
    public async Task A_failure_outside_the_client_is_an_error()
    {
        var log = new Mock<ILogger>();

        await log.Object.EcsterFailedAsync("the cart could not be described", new InvalidOperationException("rows do not add up"));

        Assert.That(log.Invocations.Single().Method.Name, Is.EqualTo("ErrorAsync"));
    }
}
