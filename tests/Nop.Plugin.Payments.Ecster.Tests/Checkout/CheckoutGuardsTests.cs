using Ecster.Client;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Payments.Ecster.Controllers;
using Nop.Plugin.Payments.Ecster.Services.Api;
using Nop.Plugin.Payments.Ecster.Services.Cart;
using Nop.Plugin.Payments.Ecster.Services.Checkout;
using Nop.Plugin.Payments.Ecster.Tests.Cart;
using Nop.Services.Configuration;
using Nop.Services.Customers;
using Nop.Services.Orders;
using Nop.Services.Payments;
using Nop.Services.Stores;

namespace Nop.Plugin.Payments.Ecster.Tests.Checkout;

/// <summary>The guards around the flow: endpoint refusals, the rate limiter, ProcessPayment's early answers, order notes.</summary>
public class CheckoutGuardsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private CheckoutMocks _mocks = null!;
    private ManualTimeProvider _time = null!;
    private CheckoutStateStore _states = null!;
    private Mock<IEcsterClientFactory> _clientFactory = null!;

    [SetUp]
    public void SetUp()
    {
        _mocks = new CheckoutMocks();
        _time = new ManualTimeProvider(Now);
        _states = new CheckoutStateStore(new MemoryStaticCache());
        _clientFactory = new Mock<IEcsterClientFactory>(MockBehavior.Strict); // any Ecster call fails the test
    }

    private EcsterCheckoutController Controller(CheckoutRateLimiter? limiter = null) =>
        new(new CheckoutFlow(null!, Mock.Of<Nop.Services.Logging.ILogger>(), null!, StoreCurrencies.SekStore(), _states, _mocks.Texts, _time, _mocks.WorkContext.Object),
            limiter ?? new CheckoutRateLimiter(), _mocks.Shoppers, _mocks.Texts, Mock.Of<Nop.Core.IWebHelper>(w => w.GetCurrentIpAddress() == "203.0.113.7"));

    // The bad-input table: wrong check digit, impossible dates, wrong lengths, letters, a future birth date,
    // a coordination number with an impossible day, injection attempts. None reaches Ecster (strict mock).
    [TestCase("19811218-9800")]
    [TestCase("19811318-9801")]
    [TestCase("19810230-9808")]
    [TestCase("811218-980")]
    [TestCase("1981121898011")]
    [TestCase("19811218-98O1")]
    [TestCase("20991218-9806")]
    [TestCase("19811292-9801")]
    [TestCase("19811218-9801'; DROP TABLE Order;--")]
    [TestCase("<script>alert(1)</script>")]
    public async Task A_malformed_personal_number_is_refused_with_a_clear_message_that_does_not_repeat_it(string personalNumber)
    {
        var result = (ContentResult)await Controller().Start("other", personalNumber);

        Assert.That(result.StatusCode, Is.EqualTo(400));
        Assert.That(result.Content, Does.Contain("Errors.InvalidPersonalNumber").And.Not.Contains(personalNumber.Trim().Length > 3 ? personalNumber.Trim() : "\u0000"));
        Assert.That(await _states.GetAsync(1, 7), Is.Null, "nothing was kept for the shopper");
    }

    [Test]
    public async Task A_customer_without_a_cart_is_refused()
    {
        _mocks.Cart.Clear();

        var result = (ContentResult)await Controller().Collect("19811218-9801");

        Assert.That(result.StatusCode, Is.EqualTo(400));
        Assert.That(result.Content, Does.Contain("Errors.EmptyCart"));
    }

    [Test]
    public async Task Only_staff_placing_an_order_for_a_customer_may_identify_by_a_document()
    {
        var result = (ContentResult)await Controller().Document("19811218-9801", "PASSPORT", "123", 1, 2099, true);

        Assert.That(result.StatusCode, Is.EqualTo(403));
        Assert.That(result.Content, Does.Contain("Errors.StaffOnly"));
    }

    // None of these reaches Ecster (strict mock): the document is checked before any call.
    [TestCase("DRIVERS_LICENCE", "123", 1, 2099, "Errors.IdDocumentIncomplete")] // the old spelling is not Ecster's
    [TestCase("NATIONAL_ID_CARD", "123", 1, 2099, "Errors.IdDocumentIncomplete")]
    [TestCase("PASSPORT", " ", 1, 2099, "Errors.IdDocumentIncomplete")]
    [TestCase("PASSPORT", "123", 13, 2099, "Errors.IdDocumentExpired")]
    [TestCase("PASSPORT", "123", 0, 2099, "Errors.IdDocumentExpired")]
    [TestCase("ID_CARD", "123", 1, 2001, "Errors.IdDocumentExpired")]
    public async Task A_document_that_is_incomplete_or_expired_is_refused_before_Ecster(string type, string number, int month, int year, string text)
    {
        var result = (ContentResult)await Controller().Document("19811218-9801", type, number, month, year, true);

        Assert.That(result.StatusCode, Is.EqualTo(400));
        Assert.That(result.Content, Does.Contain(text).And.Not.Contain("9801"));
    }

    [Test]
    public async Task Starting_BankID_without_a_personal_number_is_refused_Ecster_always_needs_the_person()
    {
        var result = (ContentResult)await Controller().Start("other", null);

        Assert.That(result.StatusCode, Is.EqualTo(400));
        Assert.That(result.Content, Does.Contain("Errors.InvalidPersonalNumber"));
    }

    private static CheckoutCaller Caller(int customerId, string ip = "203.0.113.7", int storeId = 1) => new(storeId, customerId, ip);

    [Test]
    public async Task Requests_over_a_customers_limit_answer_429_until_the_window_slides_on()
    {
        using var limiter = new CheckoutRateLimiter(new CheckoutRateLimits { Window = TimeSpan.FromMilliseconds(600) });
        for (var i = 0; i < limiter.Limits.EcsterCallsPerCustomer; i++)
            Assert.That(limiter.TryAcquire(Caller(7)), Is.True);

        var refused = (ContentResult)await Controller(limiter).Collect("19811218-9801");
        Assert.That(refused.StatusCode, Is.EqualTo(429));
        Assert.That(refused.Content, Does.Contain("Errors.TooManyRequests"));
        Assert.That(limiter.TryAcquire(Caller(8)), Is.True, "another customer has their own window");

        // The limiter's own timer replenishes it; on a busy machine its tick may come late, so wait for it, bounded.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var admitted = false;
        while (!admitted && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(50);
            admitted = limiter.TryAcquire(Caller(7));
        }
        Assert.That(admitted, Is.True, "the window slid on");
    }

    [Test]
    public void A_script_making_a_new_guest_per_request_is_stopped_by_its_address()
    {
        using var limiter = new CheckoutRateLimiter(new CheckoutRateLimits { EcsterCallsPerAddress = 20 });
        for (var guest = 1; guest <= 20; guest++)
            Assert.That(limiter.TryAcquire(Caller(guest)), Is.True);

        Assert.That(limiter.TryAcquire(Caller(21)), Is.False, "a new guest from the same address");
        Assert.That(limiter.TryAcquire(Caller(21, ip: "198.51.100.9")), Is.True, "another address");
    }

    [Test]
    public void Many_addresses_at_once_are_stopped_by_the_stores_limit_and_other_stores_go_on()
    {
        using var limiter = new CheckoutRateLimiter(new CheckoutRateLimits { EcsterCallsPerStore = 30 });
        for (var guest = 1; guest <= 30; guest++)
            Assert.That(limiter.TryAcquire(Caller(guest, ip: $"198.51.100.{guest}")), Is.True);

        Assert.That(limiter.TryAcquire(Caller(31, ip: "198.51.100.31")), Is.False);
        Assert.That(limiter.TryAcquire(Caller(31, ip: "198.51.100.31", storeId: 2)), Is.True);
    }

    private EcsterOrderPlacer Placer() => new(
        new Mock<ICartLineSource<CheckoutCart>>(MockBehavior.Strict).Object,
        new Services.BackOffice.Orphans.CheckoutClaims(new Services.BackOffice.Storage.VersionedAttributes(
                new Mock<Nop.Services.Common.IGenericAttributeService>().Object, new Mock<Nop.Core.Caching.IShortTermCacheManager>().Object,
                new Services.BackOffice.Storage.DocumentTurns(new Mock<Nop.Data.IRepository<Nop.Core.Domain.Common.GenericAttribute>>().Object, _time)),
            new Services.BackOffice.Ledger.OrderLocks(new Mock<Nop.Core.Caching.ILocker>().Object), new Mock<IStoreService>().Object, _time),
        new EcsterClientProvider(_clientFactory.Object, new Mock<ISettingService>().Object),
        new Services.Contact.OrderContactSource(new Mock<Nop.Services.Common.IAddressService>(MockBehavior.Strict).Object,
            new Mock<Nop.Services.Directory.ICountryService>(MockBehavior.Strict).Object),
        new Mock<ICustomerService>().Object, new CheckoutJournal(new MemoryStaticCache()), Mock.Of<Nop.Services.Logging.ILogger>(),
        _mocks.ShoppingCart.Object, SalesPersons(new Dictionary<string, string?>()), StoreCurrencies.SekStore(), _states, new Mock<IStoreService>().Object, _mocks.Texts, _time, new Mock<Nop.Core.IWebHelper>().Object, Recipients());

    [Test]
    public async Task A_store_sales_person_moves_from_checkout_onto_the_saved_order_and_an_e_commerce_order_has_none()
    {
        var saved = new Dictionary<string, string?>();
        var salesPersons = SalesPersons(saved);
        var consumer = new EcsterOrderNotesConsumer(new CheckoutJournal(new MemoryStaticCache()), new Mock<IOrderService>().Object, Recipients(), salesPersons, _time);
        var storeSale = new Order { Id = 42, OrderGuid = Guid.NewGuid(), PaymentMethodSystemName = EcsterDefaults.SystemName };
        var webSale = new Order { Id = 43, OrderGuid = Guid.NewGuid(), PaymentMethodSystemName = EcsterDefaults.SystemName };
        await salesPersons.RememberAsync(storeSale.OrderGuid, "nop-17");

        await consumer.HandleEventAsync(new OrderPlacedEvent(storeSale));
        await consumer.HandleEventAsync(new OrderPlacedEvent(webSale));

        Assert.That(saved, Is.EqualTo(new Dictionary<string, string?> { [$"42:{EcsterDefaults.SalesPersonAttributeKey}"] = "nop-17" }));
        Assert.That(await salesPersons.OfOrderAsync(storeSale), Is.EqualTo("nop-17"));
        Assert.That(await salesPersons.OfOrderAsync(webSale), Is.Null);
    }

    [Test]
    public async Task A_recipient_permission_moves_from_checkout_onto_the_saved_order_and_is_otherwise_refused()
    {
        var saved = new Dictionary<string, string?>();
        var cache = new MemoryStaticCache();
        var recipients = new RecipientPermissions(cache, AttributesOver(saved));
        var consumer = new EcsterOrderNotesConsumer(new CheckoutJournal(new MemoryStaticCache()), new Mock<IOrderService>().Object, recipients,
            SalesPersons(new Dictionary<string, string?>()), _time);
        var partPayment = new Order { Id = 42, OrderGuid = Guid.NewGuid(), PaymentMethodSystemName = EcsterDefaults.SystemName };
        var invoice = new Order { Id = 43, OrderGuid = Guid.NewGuid(), PaymentMethodSystemName = EcsterDefaults.SystemName };
        await recipients.RememberAsync(partPayment.OrderGuid, true);
        await recipients.RememberAsync(invoice.OrderGuid, false);

        await consumer.HandleEventAsync(new OrderPlacedEvent(partPayment));
        await consumer.HandleEventAsync(new OrderPlacedEvent(invoice));

        Assert.That(saved, Is.EqualTo(new Dictionary<string, string?> { [$"42:{EcsterDefaults.RecipientAllowedAttributeKey}"] = "true" }));
        Assert.That(await recipients.AllowedForAsync(partPayment), Is.True);
        Assert.That(await recipients.AllowedForAsync(invoice), Is.False);
        Assert.That(await recipients.AllowedForAsync(new Order { Id = 44 }), Is.False, "an order from before the rule sends no recipient");
    }

    private static RecipientPermissions Recipients() => new(new MemoryStaticCache(), AttributesOver(new Dictionary<string, string?>()));

    /// <summary>Sales persons over a cache and generic attributes kept in <paramref name="saved"/> ("orderId:key").</summary>
    private static Services.Contact.SalesPersons SalesPersons(Dictionary<string, string?> saved) =>
        new(new MemoryStaticCache(), AttributesOver(saved), new Mock<Nop.Core.IWorkContext>().Object);

    /// <summary>Generic attributes (strings) kept in <paramref name="saved"/> ("orderId:key").</summary>
    private static Nop.Services.Common.IGenericAttributeService AttributesOver(Dictionary<string, string?> saved)
    {
        var attributes = new Mock<Nop.Services.Common.IGenericAttributeService>();
        attributes.Setup(a => a.SaveAttributeAsync(It.IsAny<Nop.Core.BaseEntity>(), It.IsAny<string>(), It.IsAny<string>(), 0))
            .Callback<Nop.Core.BaseEntity, string, string, int>((e, k, v, _) => saved[$"{e.Id}:{k}"] = v).Returns(Task.CompletedTask);
        attributes.Setup(a => a.GetAttributeAsync(It.IsAny<Nop.Core.BaseEntity>(), It.IsAny<string>(), 0, It.IsAny<string>()))
            .ReturnsAsync((Nop.Core.BaseEntity e, string k, int _, string _) => saved.GetValueOrDefault($"{e.Id}:{k}")!);
        return attributes.Object;
    }

    private static ProcessPaymentRequest Request(decimal orderTotal, decimal chosenAmount)
    {
        var request = new ProcessPaymentRequest { StoreId = 1, CustomerId = 7, OrderTotal = orderTotal };
        new ChosenOption("opt-1", "tkt-1", chosenAmount, "ECOMMERCE", "Faktura").WriteTo(request.CustomValues);
        return request;
    }

    [Test]
    public async Task A_changed_total_asks_the_shopper_to_choose_again_without_calling_Ecster()
    {
        await _states.SetAsync(1, 7, new CheckoutState { Ticket = "tkt-1", TicketExpiresAt = Now.AddMinutes(30), Options = [new OfferedOption("opt-1", "Faktura", "INVOICE", 1, false)] });

        var result = await Placer().PlaceAsync(Request(orderTotal: 12_599m, chosenAmount: 12_499m));

        Assert.That(result.Errors, Is.EqualTo(new[] { "Plugins.Payments.Ecster.Checkout.Errors.TotalChanged" }));
        Assert.That(await _states.GetAsync(1, 7), Is.Null, "the shopper identifies and chooses again");
    }

    [Test]
    public async Task A_ticket_known_to_have_expired_asks_the_shopper_to_choose_again_without_calling_Ecster()
    {
        await _states.SetAsync(1, 7, new CheckoutState { Ticket = "tkt-1", TicketExpiresAt = Now.AddMinutes(30), Options = [new OfferedOption("opt-1", "Faktura", "INVOICE", 1, false)] });
        _time.Advance(TimeSpan.FromMinutes(30));

        var result = await Placer().PlaceAsync(Request(12_499m, 12_499m));

        Assert.That(result.Errors, Is.EqualTo(new[] { "Plugins.Payments.Ecster.Checkout.Errors.TicketExpired" }));
    }

    [Test]
    public async Task An_option_not_offered_in_the_shoppers_own_checkout_places_nothing()
    {
        await _states.SetAsync(1, 7, new CheckoutState { Ticket = "tkt-1", TicketExpiresAt = Now.AddMinutes(30), Options = [new OfferedOption("opt-2", "Konto", "ACCOUNT", 0, false)] });

        var result = await Placer().PlaceAsync(Request(12_499m, 12_499m));

        Assert.That(result.Errors, Is.EqualTo(new[] { "Plugins.Payments.Ecster.Checkout.Errors.ChooseAgain" }));
    }

    [Test]
    public async Task A_payment_request_without_a_chosen_option_places_nothing()
    {
        var result = await Placer().PlaceAsync(new ProcessPaymentRequest { StoreId = 1, CustomerId = 7, OrderTotal = 100m });

        Assert.That(result.Success, Is.False);
        Assert.That(result.Errors, Is.EqualTo(new[] { "Plugins.Payments.Ecster.Checkout.Errors.ChooseAgain" }));
    }

    [Test]
    public async Task Order_notes_record_the_journal_of_Ecster_orders_only()
    {
        var journal = new CheckoutJournal(new MemoryStaticCache());
        var orders = new Mock<IOrderService>();
        var notes = new List<OrderNote>();
        orders.Setup(o => o.InsertOrderNoteAsync(It.IsAny<OrderNote>())).Callback<OrderNote>(notes.Add).Returns(Task.CompletedTask);
        var consumer = new EcsterOrderNotesConsumer(journal, orders.Object, Recipients(), SalesPersons(new Dictionary<string, string?>()), _time);
        var ecsterOrder = new Order { Id = 42, OrderGuid = Guid.NewGuid(), PaymentMethodSystemName = EcsterDefaults.SystemName };
        var otherOrder = new Order { Id = 43, OrderGuid = Guid.NewGuid(), PaymentMethodSystemName = "Payments.CheckMoneyOrder" };
        await journal.RecordAsync(ecsterOrder.OrderGuid, "Ecster: order ECS-1 created, status READY, option PP12.");
        await journal.RecordAsync(otherOrder.OrderGuid, "not ours");

        await consumer.HandleEventAsync(new OrderPlacedEvent(ecsterOrder));
        await consumer.HandleEventAsync(new OrderPlacedEvent(otherOrder));

        Assert.That(notes.Select(n => (n.OrderId, n.Note, n.DisplayToCustomer)),
            Is.EqualTo(new[] { (42, "Ecster: order ECS-1 created, status READY, option PP12.", false) }));
        Assert.That(await journal.TakeAsync(ecsterOrder.OrderGuid), Is.Empty, "written once");
    }
}
