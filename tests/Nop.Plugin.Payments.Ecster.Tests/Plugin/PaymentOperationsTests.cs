using Moq;
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

/// <summary>The plugin class only hands nopCommerce's calls to the services that do the work.</summary>
public class PaymentDelegationTests
{
    [Test]
    public async Task Checkout_and_order_screen_calls_reach_their_services()
    {
        var ctx = new PluginTestContext();
        var process = new ProcessPaymentRequest();
        var processed = new ProcessPaymentResult();
        ctx.Checkout.Setup(c => c.ProcessPaymentAsync(process)).ReturnsAsync(processed);
        var capture = new CapturePaymentRequest();
        var captured = new CapturePaymentResult();
        ctx.MoneyMovements.Setup(m => m.CaptureAsync(capture)).ReturnsAsync(captured);
        ctx.Availability.Setup(a => a.IsHiddenAsync(It.IsAny<IList<ShoppingCartItem>>())).ReturnsAsync(true);
        var plugin = ctx.CreatePlugin();

        Assert.That(await plugin.ProcessPaymentAsync(process), Is.SameAs(processed));
        Assert.That(await plugin.CaptureAsync(capture), Is.SameAs(captured));
        Assert.That(await plugin.HidePaymentMethodAsync([]), Is.True);
    }
}
