using Nop.Plugin.Payments.Ecster.Tests;
using Ecster.Client;
using Ecster.Sandbox;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Ecster;
using Nop.Plugin.Payments.Ecster.Services.Checkout;

namespace Ecster.Integration.Tests.Checkout;

/// <summary>
/// The shopper's checkout end to end against the sandbox: BankID, options for the exact total, the order, and
/// every way it can go wrong (declined, cancelled, expired ticket, changed total, lost answer).
/// </summary>
public class CheckoutFlowTests
{
    private const string Anna = "19811218-9801";      // approved
    private const string Bertil = "19750505-9803";    // credit declined
    private const string Cecilia = "19900101-9802";   // cancels in the BankID app

    private SandboxFixture _fixture = null!;

    [TearDown]
    public async Task TearDown() => await _fixture.DisposeAsync();

    private async Task<CheckoutHarness> StartAsync(SandboxOptions? options = null, Action<EcsterClientOptions>? clientOptions = null)
    {
        _fixture = await SandboxFixture.StartAsync(options);
        return new CheckoutHarness(_fixture, clientOptions);
    }

    [Test]
    public async Task An_approved_shopper_gets_options_for_the_exact_total_and_an_authorised_order()
    {
        var checkout = await StartAsync();

        var step = await checkout.IdentifyWithBankIdAsync(Anna);
        Assert.That(step.Status, Is.EqualTo(CheckoutStepStatus.Options), step.Message);
        Assert.That(step.Options, Is.Not.Empty);
        Assert.That(step.Total, Is.EqualTo(1_250m.ToString("N2", System.Globalization.CultureInfo.GetCultureInfo("sv-SE")) + " kr"));
        var partPayment = step.Options.First(o => o.Months > 1);

        var (request, result) = await checkout.ChooseAndPlaceAsync(partPayment.Id);

        var order = _fixture.Sandbox.Inspector.Orders.Single();
        var stateAfter = await checkout.States.GetAsync(1, 7);
        Assert.Multiple(() =>
        {
            Assert.That(result.Errors, Is.Empty);
            Assert.That(result.NewPaymentStatus, Is.EqualTo(PaymentStatus.Authorized));
            Assert.That(result.AuthorizationTransactionId, Is.EqualTo(order.Id), "the back office finds the Ecster order by this");
            Assert.That(result.AuthorizationTransactionResult, Is.EqualTo("READY"));
            Assert.That(order.OrderReference, Is.EqualTo(request.OrderGuid.ToString()));
            Assert.That(order.Amount, Is.EqualTo(125_000));
            Assert.That(order.InPerson, Is.False);
            Assert.That(order.SalesPerson, Is.Null, "an e-commerce order names no sales person");
            Assert.That(stateAfter, Is.Null, "one ticket, one order");
        });
        var notes = await checkout.Journal.TakeAsync(request.OrderGuid);
        Assert.That(notes, Has.Some.Contains(order.Id).And.Some.Contains(partPayment.Id));
        Assert.That(string.Join(" ", notes), Does.Not.Contain("9801"));
    }

    [TestCase("sv-SE", "BankID används redan")]
    [TestCase("en-US", "BankID is already in use")]
    public async Task A_BankID_start_while_another_is_outstanding_says_so_in_the_shoppers_language_and_is_not_retried(string culture, string expected)
    {
        _fixture = await SandboxFixture.StartAsync();
        var checkout = new CheckoutHarness(_fixture, storeTexts: Nop.Plugin.Payments.Ecster.Services.EcsterLocaleResources.ForCulture(culture));
        var shopper = await checkout.ShopperAsync();
        var number = PersonalIdentityNumber.Parse(Anna);
        // The shopper's BankID from another tab (or another shop) is still waiting for them.
        Assert.That((await checkout.Flow.StartBankIdAsync(shopper, number, sameDevice: false)).Status, Is.EqualTo(CheckoutStepStatus.Pending));

        var step = await checkout.Flow.StartBankIdAsync(shopper, number, sameDevice: true);

        Assert.That(step.Status, Is.EqualTo(CheckoutStepStatus.Failed));
        Assert.That(step.Message, Does.StartWith(expected));
        Assert.That(step.AutoStartUrl, Is.Null);
        Assert.That(_fixture.Sandbox.Inspector.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith("/identification/eid")), Is.EqualTo(2),
            "the plugin never starts BankID again by itself");
        Assert.That(await checkout.States.GetAsync(1, 7), Is.Null, "nothing of the refused start is kept");
    }

    [Test]
    public async Task The_order_tells_Ecster_where_to_send_notifications()
    {
        var checkout = await StartAsync();
        var step = await checkout.IdentifyWithBankIdAsync(Anna);

        await checkout.ChooseAndPlaceAsync(step.Options[0].Id);

        Assert.That(_fixture.Sandbox.Inspector.Notifications.Select(n => n.Url).Distinct(),
            Is.EqualTo(new[] { CheckoutHarness.StoreLocation + EcsterDefaults.Routes.NotificationPath }));
    }

    [Test]
    public async Task BankID_on_another_device_is_started_with_the_personal_number_and_shows_no_link_and_no_QR_code()
    {
        var checkout = await StartAsync(new SandboxOptions { PollTime = TimeSpan.FromMilliseconds(3000) });
        var shopper = await checkout.ShopperAsync();

        var started = await checkout.Flow.StartBankIdAsync(shopper, PersonalIdentityNumber.Parse(Anna), sameDevice: false);
        var collected = await checkout.Flow.CollectAsync(shopper, PersonalIdentityNumber.Parse(Anna));

        Assert.Multiple(() =>
        {
            Assert.That(started.Status, Is.EqualTo(CheckoutStepStatus.Pending));
            Assert.That(started.Message, Is.EqualTo("Plugins.Payments.Ecster.Checkout.Hint.OpenOnPhone"));
            Assert.That(started.AutoStartUrl, Is.Null, "the shopper opens BankID on their phone");
            Assert.That(started.PollAfterMs, Is.EqualTo(3000), "Ecster's poll time reaches the page");
            Assert.That(collected.Status, Is.EqualTo(CheckoutStepStatus.Pending));
            Assert.That(collected.Message, Is.EqualTo("Plugins.Payments.Ecster.Checkout.Hint.outstandingTransaction"));
            Assert.That(collected.PollAfterMs, Is.EqualTo(3000));
            Assert.That(_fixture.Sandbox.Inspector.Requests.Select(r => (r.Method, r.Path)).Take(2), Is.EqualTo(new[]
            {
                ("POST", "/rest/public/v1/identification/eid"), ("GET", "/rest/public/v1/identification/eid/" + _fixture.Sandbox.Inspector.Requests[1].Path.Split('/').Last())
            }));
        });
        // The same BankID, collected on: a second start would be ALREADY_IN_PROGRESS (docs §4.3).
        var step = collected;
        for (var poll = 0; step.Status == CheckoutStepStatus.Pending && poll < 20; poll++)
            step = await checkout.Flow.CollectAsync(shopper, PersonalIdentityNumber.Parse(Anna));
        Assert.That(step.Status, Is.EqualTo(CheckoutStepStatus.Options));
    }

    [Test]
    public async Task BankID_on_this_device_passes_on_Ecsters_start_link()
    {
        var checkout = await StartAsync();

        var started = await checkout.Flow.StartBankIdAsync(await checkout.ShopperAsync(), PersonalIdentityNumber.Parse(Anna), sameDevice: true);

        Assert.That(started.AutoStartUrl, Does.Match("^bankid:///\\?autostarttoken=[^&]+$"));
        Assert.That(started.Message, Is.EqualTo("Plugins.Payments.Ecster.Checkout.Hint.OpenOnThisDevice"));
    }

    [Test]
    public async Task The_personal_number_is_kept_nowhere_in_the_checkout_state()
    {
        var checkout = await StartAsync();
        var shopper = await checkout.ShopperAsync();

        var step = await checkout.Flow.StartBankIdAsync(shopper, PersonalIdentityNumber.Parse(Anna), sameDevice: false);
        var pending = Newtonsoft.Json.JsonConvert.SerializeObject(await checkout.States.GetAsync(1, 7));
        for (var poll = 0; step.Status == CheckoutStepStatus.Pending && poll < 20; poll++)
            step = await checkout.Flow.CollectAsync(shopper, PersonalIdentityNumber.Parse(Anna));
        var identified = Newtonsoft.Json.JsonConvert.SerializeObject(await checkout.States.GetAsync(1, 7));

        Assert.That(pending, Does.Contain("SE_BANKID_MOBILE").And.Not.Contain("9801"));
        Assert.That(identified, Does.Contain("tkt-").And.Not.Contain("9801").And.Not.Contain("811218"));
    }

    [Test]
    public async Task A_complete_eID_gives_no_ticket_for_another_persons_number()
    {
        var checkout = await StartAsync(new SandboxOptions { BankIdPendingPolls = 0 });
        var shopper = await checkout.ShopperAsync();
        await checkout.Flow.StartBankIdAsync(shopper, PersonalIdentityNumber.Parse(Anna), sameDevice: false);

        var step = await checkout.Flow.CollectAsync(shopper, PersonalIdentityNumber.Parse("19700228-9804"));

        Assert.That(step.Status, Is.EqualTo(CheckoutStepStatus.Failed));
        Assert.That(await checkout.States.GetAsync(1, 7), Is.Null);
        Assert.That(_fixture.Sandbox.Inspector.Requests.Count(r => r.Path.EndsWith("/identification/tickets") && r.Status == 201), Is.Zero);
    }

    [Test]
    public async Task A_declined_shopper_is_told_kindly_and_no_order_is_made()
    {
        var checkout = await StartAsync();

        var step = await checkout.IdentifyWithBankIdAsync(Bertil);

        Assert.That(step.Status, Is.EqualTo(CheckoutStepStatus.Failed));
        Assert.That(step.Message, Is.EqualTo("Plugins.Payments.Ecster.Checkout.Errors.Declined"));
        Assert.That(step.Options, Is.Empty);
        Assert.That(_fixture.Sandbox.Inspector.Orders, Is.Empty);
    }

    [Test]
    public async Task A_shopper_who_cancels_in_the_BankID_app_may_try_again()
    {
        var checkout = await StartAsync();

        var step = await checkout.IdentifyWithBankIdAsync(Cecilia);

        Assert.That(step.Status, Is.EqualTo(CheckoutStepStatus.Failed));
        Assert.That(step.Message, Is.EqualTo("Plugins.Payments.Ecster.Checkout.Hint.userCancel"));
        Assert.That(await checkout.States.GetAsync(1, 7), Is.Null);
        Assert.That((await checkout.IdentifyWithBankIdAsync(Anna)).Status, Is.EqualTo(CheckoutStepStatus.Options), "retry works");
    }

    [Test]
    public async Task A_shopper_who_cancels_on_the_page_is_forgotten_without_an_Ecster_call()
    {
        var checkout = await StartAsync();
        var shopper = await checkout.ShopperAsync();
        await checkout.Flow.StartBankIdAsync(shopper, PersonalIdentityNumber.Parse(Anna), sameDevice: false);
        var before = _fixture.Sandbox.Inspector.TotalRequests;

        var cancelled = await checkout.Flow.CancelAsync(shopper);

        Assert.That(cancelled.Status, Is.EqualTo(CheckoutStepStatus.Cancelled));
        Assert.That(_fixture.Sandbox.Inspector.TotalRequests, Is.EqualTo(before), "Ecster documents no eID cancel");
        Assert.That((await checkout.Flow.CollectAsync(shopper, PersonalIdentityNumber.Parse(Anna))).Message,
            Is.EqualTo("Plugins.Payments.Ecster.Checkout.Errors.NoIdentification"));
    }

    [Test]
    public async Task An_expired_ticket_sends_the_shopper_back_to_choose_again_not_to_an_error_page()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero));
        var checkout = await StartAsync(new SandboxOptions { TicketLifetime = TimeSpan.FromMinutes(5), TimeProvider = clock });
        var step = await checkout.IdentifyWithBankIdAsync(Anna);
        clock.Advance(TimeSpan.FromMinutes(6));

        var (_, result) = await checkout.ChooseAndPlaceAsync(step.Options[0].Id);

        Assert.That(result.Errors, Is.EqualTo(new[] { "Plugins.Payments.Ecster.Checkout.Errors.TicketExpired" }));
        Assert.That(await checkout.States.GetAsync(1, 7), Is.Null);
        Assert.That(_fixture.Sandbox.Inspector.Orders, Is.Empty);
    }

    [Test]
    public async Task A_total_changed_after_the_choice_sends_the_shopper_back_to_choose_again()
    {
        var checkout = await StartAsync();
        var step = await checkout.IdentifyWithBankIdAsync(Anna);
        checkout.Total = 1_300m; // the shopper added shipping insurance in another tab

        var (_, result) = await checkout.ChooseAndPlaceAsync(step.Options[0].Id);

        Assert.That(result.Errors, Is.EqualTo(new[] { "Plugins.Payments.Ecster.Checkout.Errors.TotalChanged" }));
        Assert.That(_fixture.Sandbox.Inspector.Orders, Is.Empty);
    }

    [Test]
    public async Task An_option_Ecster_no_longer_offers_for_the_amount_sends_the_shopper_back_to_choose_again()
    {
        var checkout = await StartAsync();
        var step = await checkout.IdentifyWithBankIdAsync(Anna);
        var form = new Microsoft.AspNetCore.Http.FormCollection(new() { [EcsterDefaults.Checkout.OptionFormField] = step.Options[0].Id });
        await checkout.Payments.ValidatePaymentFormAsync(form);
        var request = await checkout.Payments.GetPaymentInfoAsync(form);
        // A total that changed in a way our own check cannot see (the amount travelled with the request).
        request.CustomValues[EcsterDefaults.Checkout.AmountCustomValue] = "1300";
        request.StoreId = 1;
        request.CustomerId = 7;
        request.OrderTotal = 1_300m;
        checkout.Total = 1_300m;

        var result = await checkout.Payments.ProcessPaymentAsync(request);

        Assert.That(result.Errors, Is.EqualTo(new[] { "Plugins.Payments.Ecster.Checkout.Errors.TotalChanged" }));
        Assert.That(_fixture.Sandbox.Inspector.Orders, Is.Empty);
    }

    [TestCase(0)]
    [TestCase(3)]
    public async Task A_create_whose_answer_is_lost_is_resolved_without_a_second_Ecster_order(int retries)
    {
        var checkout = await StartAsync(clientOptions: o => o.MaxRetries = retries);
        var step = await checkout.IdentifyWithBankIdAsync(Anna);
        _fixture.Sandbox.AddFault("/orders", "commit-then-fail", "POST", times: 1);

        var (request, result) = await checkout.ChooseAndPlaceAsync(step.Options[0].Id);

        var orders = _fixture.Sandbox.Inspector.Orders.Where(o => o.OrderReference == request.OrderGuid.ToString()).ToList();
        Assert.That(orders, Has.Count.EqualTo(1));
        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.NewPaymentStatus, Is.EqualTo(PaymentStatus.Authorized));
        Assert.That(result.AuthorizationTransactionId, Is.EqualTo(orders[0].Id));
    }

    [Test]
    public async Task A_repeat_of_a_checkout_whose_create_is_unconfirmed_reads_and_never_creates_a_second_order()
    {
        var checkout = await StartAsync(clientOptions: o => o.MaxRetries = 0);
        var step = await checkout.IdentifyWithBankIdAsync(Anna);
        // The create reaches Ecster but its answer is lost, and the look-up after it fails too: the outcome is unknown.
        _fixture.Sandbox.AddFault("/orders", "commit-then-fail", "POST", times: 1);
        _fixture.Sandbox.AddFault("/orders/", "status=503", "GET", times: 1);
        var (request, first) = await checkout.ChooseAndPlaceAsync(step.Options[0].Id);
        Assert.That(first.Errors, Is.EqualTo(new[] { "Plugins.Payments.Ecster.Checkout.Errors.Unconfirmed" }));

        // The shopper confirms again: nopCommerce places the same order (same GUID) once more.
        var again = await checkout.Payments.ProcessPaymentAsync(request);

        var orders = _fixture.Sandbox.Inspector.Orders.Where(o => o.OrderReference == request.OrderGuid.ToString()).ToList();
        Assert.That(orders, Has.Count.EqualTo(1), "Ecster does not deduplicate the reference: only reading may settle it");
        Assert.That(again.Errors, Is.Empty);
        Assert.That(again.AuthorizationTransactionId, Is.EqualTo(orders[0].Id));
    }

    [TestCase("PASSPORT")]
    [TestCase("DRIVERS_LICENSE")]
    [TestCase("ID_CARD")]
    public async Task Staff_in_a_store_identify_the_customer_by_document_straight_into_a_ticket_and_a_store_order(string method)
    {
        var checkout = await StartAsync();
        checkout.Staff = new Customer { Id = 17 };

        var step = await checkout.Flow.IdentifyByDocumentAsync(await checkout.ShopperAsync(),
            new DocumentInput(PersonalIdentityNumber.Parse(Anna), method, "12345678", 1, 2035));
        Assert.That(step.Status, Is.EqualTo(CheckoutStepStatus.Options), step.Message);

        var (_, result) = await checkout.ChooseAndPlaceAsync(step.Options[0].Id);

        Assert.That(result.Errors, Is.Empty);
        var order = _fixture.Sandbox.Inspector.Orders.Single();
        Assert.That(order.InPerson, Is.True);
        Assert.That(order.SalesPerson, Is.EqualTo("nop-17"), "the staff member who placed it");
        Assert.That(_fixture.Sandbox.Inspector.Requests.Select(r => r.Path), Has.None.Contains("/identification/eid"), "no identification call");
    }

    [Test]
    public async Task A_document_Ecster_refuses_is_told_to_staff_and_nothing_is_kept()
    {
        var checkout = await StartAsync();
        checkout.Staff = new Customer { Id = 17 };

        // Eva's documents are refused by the sandbox's register (4003).
        var step = await checkout.Flow.IdentifyByDocumentAsync(await checkout.ShopperAsync(),
            new DocumentInput(PersonalIdentityNumber.Parse("19920312-9805"), "PASSPORT", "P1", 1, 2035));

        Assert.That(step.Status, Is.EqualTo(CheckoutStepStatus.Failed));
        Assert.That(step.Message, Is.EqualTo("Plugins.Payments.Ecster.Checkout.Errors.IdDocumentMismatch"));
        Assert.That(await checkout.States.GetAsync(1, 7), Is.Null);
    }
}
