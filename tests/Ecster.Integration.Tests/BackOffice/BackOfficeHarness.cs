using Nop.Plugin.Payments.Ecster.Services.Api;
using System.Collections.Concurrent;
using Ecster.Client;
using Ecster.Client.Models;
using Moq;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Payments.Ecster;
using Nop.Plugin.Payments.Ecster.Services;
using Nop.Plugin.Payments.Ecster.Services.BackOffice;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Consent;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Events;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Movements;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Notifications;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Storage;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.Logging;
using Nop.Services.Orders;
using Nop.Services.Shipping;
using Nop.Services.Stores;
using EcsterOrder = Ecster.Client.Models.Order;
using NopOrder = Nop.Core.Domain.Orders.Order;

namespace Ecster.Integration.Tests.BackOffice;

/// <summary>
/// The back office's services against a real sandbox, with nopCommerce's services mocked: orders, notes and
/// shipments in memory, generic attributes in memory (so the ledger persists), real English texts. Each
/// <c>New...</c> call builds fresh service instances, as each request's scope would, sharing only what the
/// store shares: the data, and the singleton <see cref="OrderLocks"/>.
/// </summary>
internal sealed class BackOfficeHarness : IAsyncDisposable
{
    private static readonly IReadOnlyDictionary<string, string> English = EcsterLocaleResources.ForCulture("en-US");
    private int _nextOrderId = 100;

    private BackOfficeHarness(SandboxFixture fixture, IEcsterClient client)
    {
        Fixture = fixture;
        Client = client;
        Locks = new OrderLocks(Locker);

        Localization.Setup(l => l.GetResourceAsync(It.IsAny<string>()))
            .ReturnsAsync((string key) => English.TryGetValue(key, out var text) ? text : key);

        Orders.Setup(o => o.GetOrderByIdAsync(It.IsAny<int>())).ReturnsAsync((int id) => NopOrders.GetValueOrDefault(id)!);
        Orders.Setup(o => o.GetOrderByGuidAsync(It.IsAny<Guid>()))
            .ReturnsAsync((Guid guid) => NopOrders.Values.FirstOrDefault(o => o.OrderGuid == guid)!);
        Orders.Setup(o => o.InsertOrderNoteAsync(It.IsAny<OrderNote>())).Callback<OrderNote>(n => Notes.Enqueue(n)).Returns(Task.CompletedTask);
        Orders.Setup(o => o.UpdateOrderAsync(It.IsAny<NopOrder>())).Returns(Task.CompletedTask);
        Orders.Setup(o => o.GetOrderItemsAsync(It.IsAny<int>(), It.IsAny<bool?>(), It.IsAny<bool?>(), It.IsAny<int>()))
            .ReturnsAsync((int orderId, bool? _, bool? _, int _) => (IList<OrderItem>)OrderItems.Where(i => i.OrderId == orderId).ToList());

        WorkContext.Setup(w => w.GetCurrentCustomerAsync()).ReturnsAsync(() => CurrentAdmin.Value ?? Admin);

        Settings.Setup(s => s.LoadSettingAsync<EcsterSettings>(It.IsAny<int>())).ReturnsAsync(() => EcsterSettings);
        Stores.Setup(s => s.GetStoreByIdAsync(It.IsAny<int>())).ReturnsAsync((int id) => new Store { Id = id, Name = "Shop" });
        Stores.Setup(s => s.GetAllStoresAsync()).ReturnsAsync(new List<Store> { new() { Id = 1, Name = "Shop" } });
    }

    public SandboxFixture Fixture { get; }
    public IEcsterClient Client { get; }
    public InMemoryGenericAttributes Attributes { get; } = new();
    /// <summary>The same database's GenericAttribute rows where the plugin works on them directly (the ledger's turns).</summary>
    public InMemoryGenericAttributeRows AttributeRows { get; } = new();
    /// <summary>nopCommerce's locker as every node sees it (the distributed cache of a web farm).</summary>
    public SharedCacheLocker Locker { get; } = new();
    public OrderLocks Locks { get; private set; } = null!;
    public Mock<Nop.Core.IWorkContext> WorkContext { get; } = new();
    public Nop.Core.Domain.Customers.Customer Admin { get; } = new() { Id = 1 };
    /// <summary>The admin of the current async flow, when a test plays several admins at once.</summary>
    public AsyncLocal<Nop.Core.Domain.Customers.Customer?> CurrentAdmin { get; } = new();
    public Mock<ILocalizationService> Localization { get; } = new();
    public Mock<IOrderService> Orders { get; } = new();
    public Mock<IOrderProcessingService> OrderProcessing { get; } = new();
    public Mock<ISettingService> Settings { get; } = new();
    public Mock<IShipmentService> Shipments { get; } = new();
    public Mock<IStoreService> Stores { get; } = new();
    public Mock<ILogger> Logger { get; } = new();
    public EcsterSettings EcsterSettings { get; } = new();
    public ConcurrentDictionary<int, NopOrder> NopOrders { get; } = new();
    public List<OrderItem> OrderItems { get; } = [];
    public ConcurrentQueue<OrderNote> Notes { get; } = new();

    /// <summary>A harness whose client does not retry, so an injected fault reaches the back office as it is.</summary>
    public static async Task<BackOfficeHarness> StartAsync(int maxRetries = 0, Microsoft.Extensions.Logging.ILoggerProvider? logs = null)
    {
        var fixture = await SandboxFixture.StartAsync(logs: logs);
        return new BackOfficeHarness(fixture, fixture.Client(o => o.MaxRetries = maxRetries));
    }

    /// <summary>The client the back office uses; a test may wrap <see cref="Client"/> to act between calls.</summary>
    public IEcsterClient BackOfficeClient { get; set; } = null!;

    public IStoreEcsterClients Clients => new FixedClients(BackOfficeClient ?? Client);

    public BackOfficeTexts NewTexts() => new(Localization.Object);
    public OrderNotes NewNotes() => new(Orders.Object, NewTexts(), TimeProvider.System);
    /// <summary>A ledger reading the shared attributes directly (a request that has cached nothing).</summary>
    public MoneyLedger NewLedger(TimeProvider? clock = null) =>
        new(NewDocuments(clock));

    /// <summary>Versioned documents in the shared database, read as a request that has cached nothing.</summary>
    public VersionedAttributes NewDocuments(TimeProvider? clock = null) =>
        new(Attributes, new Mock<Nop.Core.Caching.IShortTermCacheManager>().Object, new DocumentTurns(AttributeRows, clock ?? TimeProvider.System));
    public EcsterOrderSync NewSync() => new(Orders.Object, OrderProcessing.Object, NewNotes(), TimeProvider.System);

    /// <summary>A request's engine; <paramref name="clock"/> to act later than now, <paramref name="locks"/> for another node.</summary>
    public MovementEngine NewEngine(TimeProvider? clock = null, OrderLocks? locks = null)
    {
        var time = clock ?? TimeProvider.System;
        var notes = new OrderNotes(Orders.Object, NewTexts(), time);
        var sync = new EcsterOrderSync(Orders.Object, OrderProcessing.Object, notes, time);
        return new(Clients, NewLedger(time), locks ?? Locks, notes, new LedgerReconciler(notes, sync, NewTexts(), time), sync, NewTexts(), time);
    }

    /// <summary>An engine acting after the settling window of everything recorded until now.</summary>
    public MovementEngine NewEngineAfterSettlingWindow() => NewEngine(new ShiftedClock(LedgerReconciler.SettlingWindow + TimeSpan.FromSeconds(1)));

    /// <summary>Another node of the web farm: its own in-process locks, the shared locker, database and Ecster.</summary>
    public OrderLocks NewNodeLocks() => new(Locker);

    public MoneyMovements NewMoneyMovements(MovementEngine? engine = null) => new(NewConsents(), engine ?? NewEngine(), WorkContext.Object);
    public DebitConsents NewConsents() => new(Clients, NewNotes(), NewConsentRecords(), NewTexts(), TimeProvider.System);
    public DebitConsentRecords NewConsentRecords() => new(Attributes, NewSalesPersons());
    public ShipmentSentConsumer NewShipmentConsumer() => new(NewEngine(), Orders.Object, Settings.Object, Shipments.Object);
    public OrderCancelledConsumer NewCancelConsumer() => new(NewEngine());
    public OrderEditedConsumer NewEditConsumer() =>
        new(new Nop.Plugin.Payments.Ecster.Services.Cart.OrderCartLines(new Mock<Nop.Services.Customers.ICustomerService>().Object, Orders.Object, Stores.Object,
            new Nop.Plugin.Payments.Ecster.Services.Cart.CartTexts(new Mock<Nop.Services.Catalog.IProductAttributeFormatter>().Object, Localization.Object)),
            Addresses.NewSource(), NewEngine(), Logger.Object, NewNotes(), NewRecipients(), NewSalesPersons(), NewTexts(), WebHelper.Object);

    /// <summary>Whether an order's option allows a recipient, kept where the plugin keeps it.</summary>
    public Nop.Plugin.Payments.Ecster.Services.Checkout.RecipientPermissions NewRecipients() => new(SalesPersonCache, Attributes);

    /// <summary>The sales persons of store sales, kept where the plugin keeps them.</summary>
    public Nop.Plugin.Payments.Ecster.Services.Contact.SalesPersons NewSalesPersons() =>
        new(SalesPersonCache, Attributes, WorkContext.Object);

    public NopAddresses Addresses { get; } = new();
    public Nop.Plugin.Payments.Ecster.Tests.MemoryStaticCache SalesPersonCache { get; } = new();
    public Mock<Nop.Core.IWebHelper> WebHelper { get; } = NewWebHelper();

    private static Mock<Nop.Core.IWebHelper> NewWebHelper()
    {
        var web = new Mock<Nop.Core.IWebHelper>();
        web.Setup(w => w.GetStoreLocation(It.IsAny<bool?>())).Returns("https://shop.example/");
        return web;
    }
    public PendingNotificationInbox NewInbox() => new(NewDocuments(), Locks, Stores.Object, Logger.Object);
    public NotificationProcessor NewNotifications() =>
        new(Clients, NewEngine(), NewInbox(), Logger.Object, Orders.Object, TimeProvider.System);

    public Nop.Plugin.Payments.Ecster.Services.BackOffice.Orphans.CheckoutClaims NewClaims(TimeProvider? clock = null) =>
        new(NewDocuments(clock), Locks, Stores.Object, clock ?? TimeProvider.System);
    public Nop.Plugin.Payments.Ecster.Services.BackOffice.Orphans.OrphanSweeper NewSweeper(TimeProvider? clock = null) =>
        new(NewClaims(clock), Clients, Logger.Object, Orders.Object, clock ?? TimeProvider.System);

    public Task<MoneyLedgerDocument> LedgerOfAsync(NopOrder order) => NewLedger().LoadAsync(order);

    public IReadOnlyList<string> NotesOf(NopOrder order) => Notes.Where(n => n.OrderId == order.Id).Select(n => n.Note).ToList();

    /// <summary>Ecster transactions of one type the sandbox holds for an order: what really moved.</summary>
    public IReadOnlyList<global::Ecster.Sandbox.Model.TransactionView> SandboxTransactions(string ecsterOrderId, string type) =>
        Fixture.Sandbox.Inspector.FindOrder(ecsterOrderId)!.Transactions.Where(t => t.Type == type).ToList();

    /// <summary>
    /// An authorised Ecster order for Anna and the nopCommerce order checkout would have saved for it: whether its
    /// option allows a recipient, and for a store sale (an in-person ticket, docs §5) its sales person.
    /// </summary>
    /// <param name="paymentMethod">The option's method; the first option Ecster offers when null.</param>
    public async Task<(NopOrder Nop, EcsterOrder Ecster)> PlaceOrderAsync(decimal amount = 1_000m, string channel = Channel.Ecommerce,
        List<CartRow>? rows = null, bool register = true, Uri? notificationUrl = null, string? paymentMethod = null)
    {
        var ticket = await SandboxIdentity.TicketAsync(Client, inPerson: channel == Channel.Store);
        var options = await Client.GetPaymentOptionsAsync(new PaymentOptionsRequest { Ticket = ticket.Id, Amount = amount });
        var option = options.Options.First(o => paymentMethod is null || o.PaymentMethod == paymentMethod);
        var guid = Guid.NewGuid();
        var ecster = await Client.CreateOrderAsync(new CreateOrderRequest
        {
            OrderReference = guid.ToString(),
            Ticket = ticket.Id,
            PaymentOption = option.Id,
            SalesPerson = channel == Channel.Store ? "nop-1" : null,
            NotificationUrl = notificationUrl?.ToString(),
            Cart = new global::Ecster.Client.Models.Cart
            {
                Amount = amount,
                Rows = rows ?? [new CartRow { PartNumber = "P1", Name = "Lamp", Quantity = 1, UnitAmount = amount, VatRate = 25m }]
            }
        });

        var nop = NopOrderFor(guid, amount, ecster.Id);
        // What checkout keeps for the saved order: whether the option allows a recipient.
        var recipients = NewRecipients();
        await recipients.RememberAsync(guid, option.AllowAlternateRecipient == true);
        await recipients.KeepOnOrderAsync(nop);
        if (channel == Channel.Store)
            await Attributes.SaveAttributeAsync(nop, EcsterDefaults.SalesPersonAttributeKey, "nop-1");
        if (register)
            Register(nop);
        return (nop, ecster);
    }

    public void Register(NopOrder order) => NopOrders[order.Id] = order;

    /// <summary>The nopCommerce order checkout saves for an authorised Ecster order.</summary>
    public NopOrder NopOrderFor(Guid orderGuid, decimal amount, string ecsterOrderId) => new()
    {
        Id = Interlocked.Increment(ref _nextOrderId),
        OrderGuid = orderGuid,
        StoreId = 1,
        OrderTotal = amount,
        CustomerCurrencyCode = "SEK", // the shopper paid in SEK, in a SEK store
        CurrencyRate = 1m,
        PaymentMethodSystemName = EcsterDefaults.SystemName,
        AuthorizationTransactionId = ecsterOrderId,
        PaymentStatus = PaymentStatus.Authorized,
        OrderStatus = Nop.Core.Domain.Orders.OrderStatus.Pending,
        CustomOrderNumber = "1042"
    };

    public async ValueTask DisposeAsync() => await Fixture.DisposeAsync();

    private sealed class FixedClients(IEcsterClient client) : IStoreEcsterClients
    {
        public Task<IEcsterClient?> ForStoreAsync(int storeId) => Task.FromResult<IEcsterClient?>(client);
    }
}
