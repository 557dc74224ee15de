using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Infrastructure;
using Nop.Plugin.Payments.Ecster.Services.BackOffice;
using Nop.Plugin.Payments.Ecster.Services.Cart;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Consent;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Events;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Movements;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Notifications;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Orphans;

namespace Nop.Plugin.Payments.Ecster.Infrastructure;

/// <summary>Registrations of one feature area: Capture, refund, void, order events, in-store consent and Ecster notifications (issue 6). nopCommerce runs every INopStartup it finds.</summary>
public class BackOfficeStartup : INopStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        // The per-order locks must outlive requests: one instance for the application.
        services.AddSingleton<OrderLocks>();

        services.AddScoped<IStoreEcsterClients, StoreEcsterClients>();
        services.AddScoped<BackOfficeTexts>();
        services.AddScoped<OrderNotes>();
        services.AddScoped<MoneyLedger>();
        services.AddScoped<EcsterOrderSync>();
        services.AddScoped<LedgerReconciler>();
        services.AddScoped<MovementEngine>();
        services.AddScoped<IMoneyMovements, MoneyMovements>();
        services.AddScoped<OrderCartLines>();
        services.AddScoped<DebitConsents>();
        services.AddScoped<PendingNotificationInbox>();
        services.AddScoped<NotificationProcessor>();
        services.AddScoped<CheckoutClaims>();
        services.AddScoped<OrphanSweeper>();
    }

    public void Configure(IApplicationBuilder application)
    {
    }

    public int Order => 3000;
}
