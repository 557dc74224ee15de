using Nop.Plugin.Payments.Ecster.Services.Api;
using Ecster.Client;
using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Payments.Ecster.Models.Admin;
using Nop.Plugin.Payments.Ecster.Services.BackOffice;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Consent;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;
using Nop.Services.Logging;
using Nop.Services.Orders;
using Nop.Web.Framework.Components;
using Nop.Web.Framework.Models;

namespace Nop.Plugin.Payments.Ecster.Components.Admin;

/// <summary>
/// The Ecster panel on the admin order page (zone admin_order_details_block): Ecster's view of the order, every
/// money movement of the ledger, masked consumer data, and the actions for unknown outcomes and store consents.
/// Renders nothing for orders paid another way; a failure while rendering the panel leaves it out (and goes to the
/// store's log) rather than taking the order page, where the admin captures and refunds, down with it.
/// </summary>
public class OrderPanelViewComponent : NopViewComponent
{
    private readonly IStoreEcsterClients _clients;
    private readonly DebitConsents _consents;
    private readonly MoneyLedger _ledger;
    private readonly IOrderService _orderService;
    private readonly BackOfficeTexts _texts;
    private readonly ILogger _logger;

    public OrderPanelViewComponent(IStoreEcsterClients clients, DebitConsents consents, MoneyLedger ledger, IOrderService orderService,
        BackOfficeTexts texts, ILogger logger)
    {
        _consents = consents;
        _logger = logger;
        _clients = clients;
        _ledger = ledger;
        _orderService = orderService;
        _texts = texts;
    }

    public async Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData)
    {
        if (additionalData is not BaseNopEntityModel { Id: > 0 } orderModel)
            return Content(string.Empty);
        var order = await _orderService.GetOrderByIdAsync(orderModel.Id);
        if (!EcsterOrders.IsEcsterOrder(order))
            return Content(string.Empty);

        var ledger = await _ledger.LoadAsync(order);
        global::Ecster.Client.Models.Order? ecster = null;
        string? error = null;
        try
        {
            var client = await _clients.ForStoreAsync(order.StoreId);
            if (client is null)
                error = await _texts.GetAsync("Errors.NotConfigured");
            else
                ecster = await client.GetOrderAsync(EcsterOrders.EcsterOrderId(order));
        }
        catch (EcsterApiException e)
        {
            error = await _texts.ErrorAsync(e);
        }

        // The plugin's record, not Ecster's order (which shows no consent).
        var consent = await _consents.StateAsync(order);
        var model = new OrderPanelModel
        {
            OrderId = order.Id,
            EcsterOrderId = EcsterOrders.EcsterOrderId(order),
            EcsterError = error,
            Status = ecster?.Status,
            Option = ecster?.Properties is { } properties ? properties.Submethod ?? properties.Method : null,
            Amount = ecster?.Amount ?? 0,
            DebitedAmount = ecster?.DebitedAmount ?? 0,
            CreditedAmount = ecster?.CreditedAmount ?? 0,
            AnnulledAmount = ecster?.AnnulledAmount ?? 0,
            RemainingAmount = ecster?.RemainingAmount ?? 0,
            Consumer = MaskedConsumer(ecster?.Consumer),
            ConsentRequired = consent.Required,
            ConsentStatus = consent.Status,
            ConsentSignedAtUtc = consent.SignedAtUtc,
            Entries = ledger.Entries,
            ResolveUrl = Url.Action("Resolve", "EcsterOrder", new { area = "Admin", id = order.Id }) ?? string.Empty,
            StartConsentUrl = Url.Action("StartConsent", "EcsterOrder", new { area = "Admin", id = order.Id }) ?? string.Empty,
            CollectConsentUrl = Url.Action("CollectConsent", "EcsterOrder", new { area = "Admin", id = order.Id }) ?? string.Empty
        };
        return new GuardedViewResult(View($"{EcsterDefaults.PluginFolder}/Views/Admin/OrderPanel.cshtml", model),
            failure => _logger.ErrorAsync($"Ecster: the panel of order {order.Id} failed to render and was left out of the order page.", failure));
    }

    /// <summary>First name, last initial and the masked personal number: enough to recognise, too little to misuse.</summary>
    internal static string? MaskedConsumer(global::Ecster.Client.Models.Consumer? consumer)
    {
        if (consumer is null)
            return null;
        var lastName = consumer.Name?.LastName;
        var lastInitial = string.IsNullOrEmpty(lastName) ? string.Empty : $" {lastName[0]}.";
        var number = consumer.NationalId is { } pin ? $", {pin}" : string.Empty;
        return $"{consumer.Name?.FirstName}{lastInitial}{number}";
    }
}
