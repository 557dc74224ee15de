using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Nop.Plugin.Payments.Ecster.Services.Checkout;

namespace Nop.Plugin.Payments.Ecster.Tests.Checkout;

/// <summary>The payment step's form: what it accepts, and what it puts into the payment request.</summary>
public class CheckoutPaymentsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private CheckoutMocks _mocks = null!;
    private ManualTimeProvider _time = null!;
    private CheckoutStateStore _states = null!;
    private CheckoutPayments _payments = null!;

    [SetUp]
    public void SetUp()
    {
        _mocks = new CheckoutMocks();
        _time = new ManualTimeProvider(Now);
        _states = new CheckoutStateStore(new MemoryStaticCache());
        // The placer is not used by the form methods.
        _payments = new CheckoutPayments(null!, _mocks.Shoppers, _states, _mocks.Texts, _time);
    }

    private Task Identified(string channel = "ECOMMERCE") => _states.SetAsync(1, 7, new CheckoutState
    {
        Channel = channel,
        Ticket = "tkt-1",
        TicketExpiresAt = Now.AddMinutes(30),
        OptionsAmount = 12_499m,
        Options = [new OfferedOption("opt-pp12", "Delbetalning 12 månader", "PART_PAYMENT", 12, true), new OfferedOption("opt-inv", "Faktura", "INVOICE", 1, false)]
    });

    private static FormCollection Form(string? optionId, string? personalNumber = null)
    {
        var fields = new Dictionary<string, StringValues>();
        if (optionId is not null) fields[EcsterDefaults.Checkout.OptionFormField] = optionId;
        if (personalNumber is not null) fields["personalNumber"] = personalNumber;
        return new FormCollection(fields);
    }

    [Test]
    public async Task A_shopper_who_has_not_identified_is_asked_to_identify()
    {
        var errors = await _payments.ValidatePaymentFormAsync(Form("opt-pp12"));

        Assert.That(errors, Is.EqualTo(new[] { "Plugins.Payments.Ecster.Checkout.Errors.NoIdentification" }));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("opt-someone-elses")]
    public async Task An_option_that_was_not_offered_is_refused(string? optionId)
    {
        await Identified();

        var errors = await _payments.ValidatePaymentFormAsync(Form(optionId));

        Assert.That(errors, Is.EqualTo(new[] { "Plugins.Payments.Ecster.Checkout.Errors.NoOptionChosen" }));
    }

    [Test]
    public async Task An_expired_ticket_sends_the_shopper_back_to_identify_and_forgets_the_state()
    {
        await Identified();
        _time.Advance(TimeSpan.FromMinutes(31));

        var errors = await _payments.ValidatePaymentFormAsync(Form("opt-pp12"));

        Assert.That(errors, Is.EqualTo(new[] { "Plugins.Payments.Ecster.Checkout.Errors.TicketExpired" }));
        Assert.That(await _states.GetAsync(1, 7), Is.Null);
    }

    [Test]
    public async Task An_offered_option_is_accepted_and_remembered()
    {
        await Identified();

        var errors = await _payments.ValidatePaymentFormAsync(Form("opt-inv"));

        Assert.That(errors, Is.Empty);
        Assert.That((await _states.GetAsync(1, 7))!.ChosenOptionId, Is.EqualTo("opt-inv"));
    }

    [Test]
    public async Task The_payment_request_carries_option_amount_and_channel_from_the_server_never_the_personal_number_or_the_ticket()
    {
        await Identified(channel: "STORE");

        var request = await _payments.GetPaymentInfoAsync(Form("opt-pp12", personalNumber: "19811218-9801"));

        var chosen = ChosenOption.From(request.CustomValues, ticket: "tkt-1")!;
        Assert.Multiple(() =>
        {
            Assert.That(chosen, Is.EqualTo(new ChosenOption("opt-pp12", "tkt-1", 12_499m, "STORE", "Delbetalning 12 månader")));
            Assert.That(request.CustomValues.Select(v => v.Value), Has.None.Contains("9801").And.None.Contains("19811218"));
            Assert.That(request.CustomValues.Select(v => v.Value), Has.None.Contains("tkt-1"),
                "nopCommerce saves custom values with the order and shows them in admin");
            Assert.That(request.CustomValues.Where(v => v.DisplayToCustomer).Select(v => v.Name),
                Is.EqualTo(new[] { EcsterDefaults.Checkout.OptionDescriptionCustomValue }), "only the option in words is shown to the shopper");
        });
    }

    [Test]
    public async Task A_form_with_an_unknown_option_gives_an_empty_payment_request()
    {
        await Identified();

        var request = await _payments.GetPaymentInfoAsync(Form("opt-forged"));

        Assert.That(request.CustomValues, Is.Empty);
        Assert.That(ChosenOption.From(request.CustomValues, ticket: "tkt-1"), Is.Null);
    }
}
