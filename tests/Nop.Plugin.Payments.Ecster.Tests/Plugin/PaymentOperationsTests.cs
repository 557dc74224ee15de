using Nop.Core.Domain.Orders;
using Nop.Services.Payments;

namespace Nop.Plugin.Payments.Ecster.Tests.Plugin;

/// <summary>Operations not built yet must fail clearly, never pretend to succeed.</summary>
public class PaymentOperationsTests
{
    [Test]
    public async Task Recurring_payments_are_refused_with_a_reason()
    {
        var plugin = new PluginTestContext().CreatePlugin();

        var result = await plugin.ProcessRecurringPaymentAsync(new ProcessPaymentRequest());
        var cancel = await plugin.CancelRecurringPaymentAsync(new CancelRecurringPaymentRequest());

        Assert.That(result.Success, Is.False);
        Assert.That(result.Errors, Has.One.EqualTo("text:Plugins.Payments.Ecster.Errors.RecurringNotSupported"));
        Assert.That(cancel.Success, Is.False);
        Assert.That(plugin.RecurringPaymentType, Is.EqualTo(RecurringPaymentType.NotSupported));
    }

    [Test]
    public void Plugin_is_never_offered_for_reposting()
    {
        var plugin = new PluginTestContext().CreatePlugin();
        Assert.That(plugin.CanRePostProcessPaymentAsync(new Order()).Result, Is.False);
    }
}
