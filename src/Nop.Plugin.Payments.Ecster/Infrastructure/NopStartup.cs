using Ecster.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Nop.Core.Infrastructure;
using Nop.Plugin.Payments.Ecster.Services.Admin;
using Nop.Plugin.Payments.Ecster.Services.Api;
using Nop.Plugin.Payments.Ecster.Services.Availability;
using Nop.Plugin.Payments.Ecster.Services.BackOffice;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Consent;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Events;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Storage;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Movements;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Notifications;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Orphans;
using Nop.Plugin.Payments.Ecster.Services.Cart;
using Nop.Plugin.Payments.Ecster.Services.Checkout;
using Nop.Plugin.Payments.Ecster.Services.Terms;
using Nop.Plugin.Payments.Ecster.Services.Widget;

namespace Nop.Plugin.Payments.Ecster.Infrastructure;

/// <summary>
/// Registers the plugin's services with nopCommerce's container (Autofac, fed from this service collection).
/// Lifetimes follow what each service holds: per-request services scoped, state shared across requests singletons.
/// </summary>
public class NopStartup : INopStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddEcsterHttpClient();

        // Ecster: one way to get a store's client.
        services.AddScoped<EcsterClientProvider>();
        services.AddScoped<IStoreEcsterClients>(provider => provider.GetRequiredService<EcsterClientProvider>());

        // Admin configuration and whether the method is offered at checkout.
        services.AddScoped<PaymentMethodsCache>();
        services.AddScoped<IPaymentAvailability, EcsterAvailability>();
        services.AddScoped<ConnectionTester>();

        // Product-page terms.
        services.AddSingleton<TermsCache>();
        services.AddScoped<ITermsSource, EcsterTermsSource>();
        services.AddScoped<WidgetPriceResolver>();

        // The shopper's checkout. The rate limiter's windows are per server; the state and the notes awaiting
        // their order live in nopCommerce's static cache (scoped on a web farm), so every node sees them.
        services.AddSingleton(_ => new CheckoutRateLimiter());
        services.AddScoped<CheckoutStateStore>();
        services.AddScoped<CheckoutJournal>();
        services.AddScoped<CheckoutTexts>();
        services.AddScoped<ShopperContextResolver>();
        services.AddScoped<CartTexts>();
        services.AddScoped<ShopperSekRate>();
        services.AddScoped<ICartLineSource<CheckoutCart>, CheckoutCartLines>();
        services.AddScoped<CheckoutFlow>();
        services.AddScoped<EcsterOrderPlacer>();
        services.AddScoped<Services.Contact.OrderContactSource>();
        services.AddScoped<Services.Contact.SalesPersons>();
        services.AddScoped<ICheckoutPayments, CheckoutPayments>();

        // Back office: capture, refund, void, order events, in-store consent and Ecster's notifications.
        // The per-order locks must outlive requests: one instance for the application (on nopCommerce's ILocker,
        // itself a singleton, distributed when the store runs a distributed cache).
        services.AddSingleton<OrderLocks>();
        services.AddScoped<BackOfficeTexts>();
        services.AddScoped<OrderNotes>();
        services.AddScoped<DocumentTurns>();
        services.AddScoped<VersionedAttributes>();
        services.AddScoped<MoneyLedger>();
        services.AddScoped<EcsterOrderSync>();
        services.AddScoped<LedgerReconciler>();
        services.AddScoped<MovementEngine>();
        services.AddScoped<IMoneyMovements, MoneyMovements>();
        services.AddScoped<OrderCartLines>();
        services.AddScoped<DebitConsents>();
        services.AddScoped<DebitConsentRecords>();
        services.AddScoped<RecipientPermissions>();
        services.AddSingleton(_ => new NotificationRateLimiter());
        services.AddScoped<PendingNotificationInbox>();
        services.AddScoped<NotificationProcessor>();
        services.AddScoped<CheckoutClaims>();
        services.AddScoped<OrphanSweeper>();
    }

    public void Configure(IApplicationBuilder application)
    {
    }

    /// <summary>After nopCommerce's own startups (which register the services ours depend on).</summary>
    public int Order => 3000;
}
