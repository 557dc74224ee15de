using Ecster.Client;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Payments.Ecster;
using Nop.Plugin.Payments.Ecster.Tests;
using Nop.Plugin.Payments.Ecster.Services.Api;
using Nop.Plugin.Payments.Ecster.Services.Cart;
using Nop.Plugin.Payments.Ecster.Services.Checkout;
using Nop.Services.Configuration;
using Nop.Services.Customers;
using Nop.Services.Directory;
using Nop.Services.Localization;
using Nop.Services.Orders;
using Nop.Services.Stores;

namespace Ecster.Integration.Tests.Checkout;

/// <summary>
/// The plugin's checkout services wired as the store wires them, against a sandbox, with nopCommerce's services
/// mocked as one shopper (customer 7, store 1) with a 1 250 kr cart sees them. The shopper pays in SEK; the store's
/// primary currency is SEK unless <see cref="SekPerPrimaryUnit"/> makes it EUR.
/// </summary>
internal sealed class CheckoutHarness
{
    public const decimal CartTotal = 1_250m;

    public Customer Customer { get; } = new() { Id = 7 };
    public Store Store { get; } = new() { Id = 1 };
    public Customer? Staff { get; set; }
    public decimal Total { get; set; } = CartTotal;

    /// <summary>1: a SEK store; otherwise a EUR store where one euro is this many kronor (nopCommerce's currency rates).</summary>
    public decimal SekPerPrimaryUnit { get; set; } = 1m;

    /// <summary>The shopper's currency; Ecster is offered only for SEK, but a shopper can switch after identifying.</summary>
    public string ShopperCurrency { get; set; } = "SEK";

    /// <summary>The store's root; loopback port 9 refuses at once, so the sandbox's notifications go nowhere slowly.</summary>
    public const string StoreLocation = "http://127.0.0.1:9/";

    /// <summary>nopCommerce's static cache, where checkout state and the journal live.</summary>
    public Nop.Core.Caching.IStaticCacheManager Cache { get; }

    /// <summary>nopCommerce's addresses: the shopper's checkout addresses go on <see cref="Customer"/>.</summary>
    public NopAddresses Addresses { get; } = new();

    public BackOffice.InMemoryGenericAttributes Attributes { get; } = new();

    public Nop.Plugin.Payments.Ecster.Services.Contact.SalesPersons SalesPersons { get; private set; } = null!;

    /// <summary>Whether a checkout's option allowed a recipient, kept where the plugin keeps it.</summary>
    public RecipientPermissions Recipients { get; private set; } = null!;

    /// <summary>nopCommerce's log (Admin → System → Log).</summary>
    public Mock<Nop.Services.Logging.ILogger> NopLog { get; } = new();

    public CheckoutStateStore States { get; }
    public CheckoutJournal Journal { get; }
    public CheckoutFlow Flow { get; }
    public CheckoutPayments Payments { get; }
    public ShopperContextResolver Shoppers { get; }

    /// <param name="clientOptions">Changes the sandbox client's options, e.g. retries off.</param>
    /// <param name="storeTexts">The store's texts (key when missing); without them every text is its key.</param>
    /// <param name="cache">nopCommerce's static cache, shared with another harness to play a second web-farm node.</param>
    /// <param name="locker">nopCommerce's locker, shared with another harness to play a second web-farm node.</param>
    public CheckoutHarness(SandboxFixture fixture, Action<EcsterClientOptions>? clientOptions = null, IReadOnlyDictionary<string, string>? storeTexts = null,
        Nop.Core.Caching.IStaticCacheManager? cache = null, Nop.Core.Caching.ILocker? locker = null)
    {
        Cache = cache ?? new MemoryStaticCache();
        var settings = fixture.StoreSettings();
        var settingService = new Mock<ISettingService>();
        settingService.Setup(s => s.LoadSettingAsync<EcsterSettings>(Store.Id)).ReturnsAsync(settings);
        var provider = new EcsterClientProvider(new TunedFactory(fixture, clientOptions), settingService.Object);

        var cart = new List<ShoppingCartItem> { new() { Id = 1, ProductId = 10, Quantity = 2 } };
        var workContext = new Mock<IWorkContext>();
        workContext.Setup(w => w.GetCurrentCustomerAsync()).ReturnsAsync(Customer);
        workContext.Setup(w => w.OriginalCustomerIfImpersonated).Returns(() => Staff!);
        workContext.Setup(w => w.GetWorkingLanguageAsync()).ReturnsAsync(new Language { LanguageCulture = "sv-SE" });
        var storeContext = new Mock<IStoreContext>();
        storeContext.Setup(s => s.GetCurrentStoreAsync()).ReturnsAsync(Store);
        var cartService = new Mock<IShoppingCartService>();
        cartService.Setup(s => s.GetShoppingCartAsync(It.IsAny<Customer>(), It.IsAny<ShoppingCartType?>(), It.IsAny<int>(),
            It.IsAny<int?>(), It.IsAny<DateTime?>(), It.IsAny<DateTime?>(), It.IsAny<int?>())).ReturnsAsync(cart);
        var totals = new Mock<IOrderTotalCalculationService>();
        totals.Setup(t => t.GetShoppingCartTotalAsync(It.IsAny<IList<ShoppingCartItem>>(), It.IsAny<bool?>(), It.IsAny<bool>()))
            .ReturnsAsync(() => ((decimal?)Total, 0m, [], [], 0, 0m));
        var webHelper = new Mock<IWebHelper>();
        webHelper.Setup(w => w.GetCurrentIpAddress()).Returns("203.0.113.7");
        webHelper.Setup(w => w.GetStoreLocation(It.IsAny<bool?>())).Returns(StoreLocation);
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) => storeTexts?.GetValueOrDefault(key) ?? key);
        var customers = new Mock<ICustomerService>();
        customers.Setup(c => c.GetCustomerByIdAsync(Customer.Id)).ReturnsAsync(Customer);
        var stores = new Mock<IStoreService>();
        stores.Setup(s => s.GetStoreByIdAsync(Store.Id)).ReturnsAsync(Store);
        // The cart as lines: a lamp at 500 (25 % VAT) and shipping, adding up to whatever the total is now.
        var lines = new Mock<ICartLineSource<CheckoutCart>>();
        lines.Setup(l => l.GetLinesAsync(new CheckoutCart(Customer, Store, cart))).ReturnsAsync(() => new CartLines(
            [new CartLine("LAMP", "Lampa (Färg: Mässing)", 2, 500m, 400m), new CartLine("Shipping", "Frakt", 1, Total - 1_000m, (Total - 1_000m) * 0.8m, IsFee: true)],
            "Öresavrundning"));
        var sekRate = ShopperPaysInSek(workContext);

        var time = TimeProvider.System;
        var texts = new CheckoutTexts(localization.Object);
        States = new CheckoutStateStore(Cache);
        Journal = new CheckoutJournal(Cache);
        Shoppers = new ShopperContextResolver(cartService.Object, storeContext.Object, workContext.Object);
        Flow = new CheckoutFlow(provider, NopLog.Object, totals.Object, sekRate, States, texts, time, workContext.Object);
        var claims = new Nop.Plugin.Payments.Ecster.Services.BackOffice.Orphans.CheckoutClaims(
            new Nop.Plugin.Payments.Ecster.Services.BackOffice.Storage.VersionedAttributes(new BackOffice.InMemoryGenericAttributes(),
                new Mock<Nop.Core.Caching.IShortTermCacheManager>().Object,
                new Nop.Plugin.Payments.Ecster.Services.BackOffice.Storage.DocumentTurns(new BackOffice.InMemoryGenericAttributeRows(), time)),
            new Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger.OrderLocks(locker ?? new BackOffice.SharedCacheLocker()), stores.Object, time);
        SalesPersons = new Nop.Plugin.Payments.Ecster.Services.Contact.SalesPersons(Cache, Attributes, workContext.Object);
        Recipients = new RecipientPermissions(Cache, Attributes);
        var placer = new EcsterOrderPlacer(lines.Object, claims, provider, Addresses.NewSource(), customers.Object, Journal, NopLog.Object,
            cartService.Object, SalesPersons, sekRate, States, stores.Object, texts, time, webHelper.Object, Recipients);
        Payments = new CheckoutPayments(placer, Shoppers, States, texts, time);
    }

    public Task<ShopperContext> ShopperAsync() => Shoppers.ResolveAsync();

    /// <summary>The shopper's currency is SEK (id 1); the primary one is SEK, or EUR (id 2, rate 1) when one euro is <see cref="SekPerPrimaryUnit"/> kr.</summary>
    private ShopperSekRate ShopperPaysInSek(Mock<IWorkContext> workContext)
    {
        var primaryId = new CurrencySettings().PrimaryStoreCurrencyId;
        var currencies = new Mock<ICurrencyService>();
        currencies.Setup(c => c.GetCurrencyByIdAsync(primaryId)).ReturnsAsync(() => SekPerPrimaryUnit == 1m
            ? new Currency { Id = 1, CurrencyCode = "SEK", Rate = 1m }
            : new Currency { Id = 2, CurrencyCode = "EUR", Rate = 1m });
        workContext.Setup(w => w.GetWorkingCurrencyAsync()).ReturnsAsync(() => ShopperCurrency == "SEK"
            ? new Currency { Id = 1, CurrencyCode = "SEK", Rate = SekPerPrimaryUnit }
            : new Currency { Id = 3, CurrencyCode = ShopperCurrency, Rate = 1.1m });
        return new ShopperSekRate(new CurrencySettings(), currencies.Object, workContext.Object);
    }

    /// <summary>BankID from start to its outcome, polling as the page does (sending the personal number again, without the page's waits).</summary>
    public async Task<CheckoutStep> IdentifyWithBankIdAsync(string personalNumber, bool sameDevice = false)
    {
        var shopper = await ShopperAsync();
        var number = PersonalIdentityNumber.Parse(personalNumber);
        var step = await Flow.StartBankIdAsync(shopper, number, sameDevice);
        for (var poll = 0; step.Status == CheckoutStepStatus.Pending && poll < 20; poll++)
            step = await Flow.CollectAsync(shopper, number);
        return step;
    }

    /// <summary>The payment step's form posted with this option, then the order placed for the current total.</summary>
    public async Task<(Nop.Services.Payments.ProcessPaymentRequest Request, Nop.Services.Payments.ProcessPaymentResult Result)> ChooseAndPlaceAsync(string optionId, decimal? orderTotal = null)
    {
        var form = new Microsoft.AspNetCore.Http.FormCollection(new() { [EcsterDefaults.Checkout.OptionFormField] = optionId });
        Assert.That(await Payments.ValidatePaymentFormAsync(form), Is.Empty);
        var request = await Payments.GetPaymentInfoAsync(form);
        request.StoreId = Store.Id;
        request.CustomerId = Customer.Id;
        request.OrderTotal = orderTotal ?? Total;
        return (request, await Payments.ProcessPaymentAsync(request));
    }

    /// <summary>The fixture's client factory with test-specific options (retries, waits).</summary>
    private sealed class TunedFactory(SandboxFixture fixture, Action<EcsterClientOptions>? tune) : IEcsterClientFactory
    {
        public IEcsterClient Create(EcsterClientOptions options)
        {
            var tuned = fixture.Options(tune);
            return fixture.Factory.Create(tuned);
        }
    }
}
