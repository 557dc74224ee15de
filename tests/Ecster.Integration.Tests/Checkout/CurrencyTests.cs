using Ecster.Sandbox;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Ecster.Services.Checkout;

namespace Ecster.Integration.Tests.Checkout;

/// <summary>
/// nopCommerce totals in the store's primary currency; Ecster only knows SEK. A shopper paying in SEK in a EUR store
/// gets options for, and an Ecster order of, the kronor they see, converted at the rate nopCommerce records on the order.
/// </summary>
public class CurrencyTests
{
    private const string Anna = "19811218-9801";
    private static readonly System.Globalization.CultureInfo Swedish = System.Globalization.CultureInfo.GetCultureInfo("sv-SE");

    private SandboxFixture _fixture = null!;

    private static string Kr(decimal amount) => amount.ToString("N2", Swedish);

    [TearDown]
    public async Task TearDown() => await _fixture.DisposeAsync();

    [Test]
    public async Task A_EUR_store_gets_an_Ecster_order_of_the_kronor_the_shopper_pays()
    {
        _fixture = await SandboxFixture.StartAsync(new SandboxOptions { BankIdPendingPolls = 0 });
        var checkout = new CheckoutHarness(_fixture) { SekPerPrimaryUnit = 11.5m, Total = 1_000m };

        var step = await checkout.IdentifyWithBankIdAsync(Anna);
        Assert.That(step.Status, Is.EqualTo(CheckoutStepStatus.Options), step.Message);
        Assert.That(step.Total, Is.EqualTo(Kr(11_500m) + " kr"), "the options are for the SEK total");

        var (request, result) = await checkout.ChooseAndPlaceAsync(step.Options[0].Id);

        Assert.That(result.NewPaymentStatus, Is.EqualTo(PaymentStatus.Authorized), string.Join("; ", result.Errors));
        var order = _fixture.Sandbox.Inspector.Orders.Single();
        Assert.That(order.Amount, Is.EqualTo(1_150_000), "1 000 EUR is 11 500 kr, not 1 000 kr");
        Assert.That(order.Cart.Rows.Sum(r => r.UnitAmount * r.Quantity - r.DiscountAmount), Is.EqualTo(1_150_000));
        Assert.That(order.Cart.Rows[0].UnitAmount, Is.EqualTo(575_000), "a 500 EUR lamp is 5 750 kr");
        Assert.That(await checkout.Journal.TakeAsync(request.OrderGuid), Has.Some.Contains($"{Kr(11_500m)} kr ({Kr(1_000m)} EUR × 11,5)"),
            "the order's notes show what Ecster got and nopCommerce's own figure");
    }

    [Test]
    public async Task A_SEK_store_sends_its_total_as_it_is()
    {
        _fixture = await SandboxFixture.StartAsync(new SandboxOptions { BankIdPendingPolls = 0 });
        var checkout = new CheckoutHarness(_fixture) { Total = 1_000m };

        var step = await checkout.IdentifyWithBankIdAsync(Anna);
        var (request, result) = await checkout.ChooseAndPlaceAsync(step.Options[0].Id);

        Assert.That(result.NewPaymentStatus, Is.EqualTo(PaymentStatus.Authorized), string.Join("; ", result.Errors));
        Assert.That(_fixture.Sandbox.Inspector.Orders.Single().Amount, Is.EqualTo(100_000));
        Assert.That(await checkout.Journal.TakeAsync(request.OrderGuid), Has.Some.Contains($"amount {Kr(1_000m)} kr."));
    }

    [Test]
    public async Task A_total_that_changed_in_EUR_after_the_options_asks_the_shopper_to_choose_again()
    {
        _fixture = await SandboxFixture.StartAsync(new SandboxOptions { BankIdPendingPolls = 0 });
        var checkout = new CheckoutHarness(_fixture) { SekPerPrimaryUnit = 11.5m, Total = 1_000m };
        var step = await checkout.IdentifyWithBankIdAsync(Anna);

        var (_, result) = await checkout.ChooseAndPlaceAsync(step.Options[0].Id, orderTotal: 1_000.01m);

        Assert.That(result.Errors, Is.EqualTo(new[] { "Plugins.Payments.Ecster.Checkout.Errors.TotalChanged" }));
        Assert.That(_fixture.Sandbox.Inspector.Orders, Is.Empty);
    }

    [Test]
    public async Task A_shopper_who_switched_away_from_SEK_is_asked_to_pay_in_SEK_and_nothing_reaches_Ecster()
    {
        _fixture = await SandboxFixture.StartAsync(new SandboxOptions { BankIdPendingPolls = 0 });
        var checkout = new CheckoutHarness(_fixture) { SekPerPrimaryUnit = 11.5m, Total = 1_000m };
        var step = await checkout.IdentifyWithBankIdAsync(Anna);

        checkout.ShopperCurrency = "USD";
        var again = await checkout.Flow.OptionsAsync(await checkout.ShopperAsync());
        var (_, result) = await checkout.ChooseAndPlaceAsync(step.Options[0].Id);

        Assert.That(again.Message, Is.EqualTo("Plugins.Payments.Ecster.Checkout.Errors.CurrencyNotSek"));
        Assert.That(result.Errors, Is.EqualTo(new[] { "Plugins.Payments.Ecster.Checkout.Errors.CurrencyNotSek" }));
        Assert.That(_fixture.Sandbox.Inspector.Orders, Is.Empty);
    }
}
