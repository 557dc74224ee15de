using Ecster.Client;
using Microsoft.Extensions.Logging.Abstractions;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Payments.Ecster;
using Nop.Plugin.Payments.Ecster.Services.Api;
using Nop.Plugin.Payments.Ecster.Services.Cart;
using Nop.Plugin.Payments.Ecster.Services.Checkout;
using Nop.Services.Configuration;
using Nop.Services.Customers;
using Nop.Services.Localization;
using Nop.Services.Orders;
using Nop.Services.Payments;
using Nop.Services.Stores;

namespace Ecster.Benchmarks.Checkout;

/// <summary>
/// The plugin's checkout services for one shopper with a 1 250 kr cart, with nopCommerce's services as stubs and
/// Ecster behind whatever client is given: the sandbox (to record) or a replay (to time the plugin alone).
/// </summary>
internal sealed class CheckoutRig
{
    private static readonly PersonalIdentityNumber Anna = PersonalIdentityNumber.Parse("19811218-9801");
    private readonly Customer _customer = new() { Id = 7 };
    private readonly Store _store = new() { Id = 1 };
    private readonly CheckoutStateStore _states = new(new Nop.Plugin.Payments.Ecster.Tests.MemoryStaticCache());
    private readonly CheckoutFlow _flow;
    private readonly CheckoutPayments _payments;
    private readonly ShopperContextResolver _shoppers;

    public CheckoutRig(IEcsterClient client, EcsterSettings settings)
    {
        var settingService = Stub.Of<ISettingService>(Answers(("LoadSettingAsync", _ => Task.FromResult(settings))));
        var provider = new EcsterClientProvider(new Fixed(client), settingService);
        IList<ShoppingCartItem> cart = [new ShoppingCartItem { Id = 1, ProductId = 10, Quantity = 2 }];
        IReadOnlyList<CartLine> cartLines =
            [new CartLine("LAMP", "Lampa (Färg: Mässing)", 2, 500m, 400m), new CartLine("Shipping", "Frakt", 1, 250m, 200m, IsFee: true)];
        var language = new Language { LanguageCulture = "sv-SE" };
        var sek = new Nop.Core.Domain.Directory.Currency { Id = 1, CurrencyCode = "SEK", Rate = 1m };

        var work = Stub.Of<IWorkContext>(Answers(
            ("GetCurrentCustomerAsync", _ => Task.FromResult(_customer)),
            ("GetWorkingLanguageAsync", _ => Task.FromResult(language)),
            ("GetWorkingCurrencyAsync", _ => Task.FromResult(sek)),
            ("get_OriginalCustomerIfImpersonated", _ => null)));
        var storeContext = Stub.Of<IStoreContext>(Answers(("GetCurrentStoreAsync", _ => Task.FromResult(_store))));
        var carts = Stub.Of<IShoppingCartService>(Answers(("GetShoppingCartAsync", _ => Task.FromResult(cart))));
        var total = Task.FromResult<(decimal?, decimal, List<Nop.Core.Domain.Discounts.Discount>, List<AppliedGiftCard>, int, decimal)>((1_250m, 0m, [], [], 0, 0m));
        var totals = Stub.Of<IOrderTotalCalculationService>(Answers(("GetShoppingCartTotalAsync", _ => total)));
        var web = Stub.Of<IWebHelper>(Answers(("GetCurrentIpAddress", _ => "127.0.0.1"), ("GetStoreLocation", _ => "http://127.0.0.1:9/")));
        var localization = Stub.Of<ILocalizationService>(Answers(("GetResourceAsync", args => Task.FromResult((string)args[0]!))));
        var lines = Stub.Of<ICartLineSource<CheckoutCart>>(Answers(("GetLinesAsync", _ => Task.FromResult(new CartLines(cartLines, "Öresavrundning")))));
        var sekRate = new ShopperSekRate(new Nop.Core.Domain.Directory.CurrencySettings { PrimaryStoreCurrencyId = 1 },
            Stub.Of<Nop.Services.Directory.ICurrencyService>(Answers(("GetCurrencyByIdAsync", _ => Task.FromResult(sek)))), work);
        var customers = Stub.Of<ICustomerService>(Answers(("GetCustomerByIdAsync", _ => Task.FromResult(_customer))));
        var stores = Stub.Of<IStoreService>(Answers(("GetStoreByIdAsync", _ => Task.FromResult(_store))));

        var texts = new CheckoutTexts(localization);
        _shoppers = new ShopperContextResolver(carts, storeContext, work);
        _flow = new CheckoutFlow(provider, Stub.Of<Nop.Services.Logging.ILogger>(Answers()), totals, sekRate, _states, texts, TimeProvider.System, work);
        // The checkout's claim on its ticket: nothing stored, the lock always free (one process, no contention measured).
        var attributes = Stub.Of<Nop.Services.Common.IGenericAttributeService>(Answers(
            ("GetAttributeAsync", _ => Task.FromResult<string>(null!)), ("SaveAttributeAsync", _ => Task.CompletedTask)));
        static async Task<bool> RunFree(Func<Task> action)
        {
            await action();
            return true;
        }
        var locker = Stub.Of<Nop.Core.Caching.ILocker>(Answers(("PerformActionWithLockAsync", args => RunFree((Func<Task>)args[2]!))));
        // Its compare-and-set rows: none stored, every turn free (a delete removes one row).
        var rows = Stub.Of<Nop.Data.IRepository<Nop.Core.Domain.Common.GenericAttribute>>(Answers(
            ("GetAllAsync", _ => Task.FromResult<IList<Nop.Core.Domain.Common.GenericAttribute>>([])),
            ("InsertAsync", _ => Task.CompletedTask), ("DeleteAsync", _ => Task.FromResult(1))));
        var documents = new Nop.Plugin.Payments.Ecster.Services.BackOffice.Storage.VersionedAttributes(attributes,
            Stub.Of<Nop.Core.Caching.IShortTermCacheManager>(Answers(("Remove", _ => null))),
            new Nop.Plugin.Payments.Ecster.Services.BackOffice.Storage.DocumentTurns(rows, TimeProvider.System));
        var claims = new Nop.Plugin.Payments.Ecster.Services.BackOffice.Orphans.CheckoutClaims(documents,
            new Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger.OrderLocks(locker), stores, TimeProvider.System);
        // No addresses: a guest with nothing on file sends no contact details (the bench measures the calls, not them).
        var contacts = new Nop.Plugin.Payments.Ecster.Services.Contact.OrderContactSource(
            Stub.Of<Nop.Services.Common.IAddressService>(Answers()), Stub.Of<Nop.Services.Directory.ICountryService>(Answers()));
        var salesPersons = new Nop.Plugin.Payments.Ecster.Services.Contact.SalesPersons(
            new Nop.Plugin.Payments.Ecster.Tests.MemoryStaticCache(), attributes, work);
        var placer = new EcsterOrderPlacer(lines, claims, provider, contacts, customers, new CheckoutJournal(new Nop.Plugin.Payments.Ecster.Tests.MemoryStaticCache()),
            Stub.Of<Nop.Services.Logging.ILogger>(Answers()), carts, salesPersons, sekRate, _states, stores, texts, TimeProvider.System, web);
        _payments = new CheckoutPayments(placer, _shoppers, _states, texts, TimeProvider.System);
    }

    /// <summary>One checkout as the payment page and order confirmation drive it: BankID on this device, options, order.</summary>
    public async Task<ProcessPaymentResult> CheckoutAsync()
    {
        var shopper = await _shoppers.ResolveAsync();
        var step = await _flow.StartBankIdAsync(shopper, Anna, sameDevice: true);
        while (step.Status == CheckoutStepStatus.Pending)
            step = await _flow.CollectAsync(shopper, Anna);
        if (step.Status != CheckoutStepStatus.Options)
            throw new InvalidOperationException($"Checkout stopped at '{step.Status}': {step.Message}");

        var form = new Microsoft.AspNetCore.Http.FormCollection(new() { [EcsterDefaults.Checkout.OptionFormField] = step.Options[0].Id });
        if ((await _payments.ValidatePaymentFormAsync(form)).Count > 0)
            throw new InvalidOperationException("The option was refused.");
        var request = await _payments.GetPaymentInfoAsync(form);
        request.StoreId = _store.Id;
        request.CustomerId = _customer.Id;
        request.OrderTotal = 1_250m;
        request.OrderGuid = Guid.NewGuid();
        var result = await _payments.ProcessPaymentAsync(request);
        if (result.Errors.Count > 0)
            throw new InvalidOperationException(string.Join("; ", result.Errors));
        return result;
    }

    private static IReadOnlyDictionary<string, Func<object?[], object?>> Answers(params (string Method, Func<object?[], object?> Answer)[] answers) =>
        answers.ToDictionary(a => a.Method, a => a.Answer);

    private sealed class Fixed(IEcsterClient client) : IEcsterClientFactory
    {
        public IEcsterClient Create(EcsterClientOptions options) => client;
    }
}
