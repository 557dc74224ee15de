using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Consent;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Movements;
using Nop.Services.Orders;
using Nop.Services.Security;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Payments.Ecster.Controllers.Admin;

/// <summary>
/// The Ecster panel's actions on the admin order page (JSON, called by Content/ecster-admin.js): settle an
/// unknown outcome, and the physical store's debit consent (mobile BankID at the counter).
/// Reached by nopCommerce's admin area route: /Admin/EcsterOrder/{action}/{id}.
/// </summary>
[AuthorizeAdmin]
[Area(AreaNames.ADMIN)]
[AutoValidateAntiforgeryToken]
public class EcsterOrderController : BasePluginController
{
    private readonly DebitConsents _consents;
    private readonly MovementEngine _engine;
    private readonly IOrderService _orderService;

    public EcsterOrderController(DebitConsents consents, MovementEngine engine, IOrderService orderService)
    {
        _consents = consents;
        _engine = engine;
        _orderService = orderService;
    }

    [HttpPost]
    [CheckPermission(StandardPermission.Orders.ORDERS_CREATE_EDIT_DELETE)]
    public async Task<IActionResult> Resolve(int id)
    {
        var order = await _orderService.GetOrderByIdAsync(id);
        if (order is null)
            return NotFound();
        var error = await _engine.ResolveAsync(order);
        return Json(new { success = error is null, error });
    }

    [HttpPost]
    [CheckPermission(StandardPermission.Orders.ORDERS_CREATE_EDIT_DELETE)]
    public async Task<IActionResult> StartConsent(int id)
    {
        var order = await _orderService.GetOrderByIdAsync(id);
        if (order is null)
            return NotFound();
        return Json(await _consents.StartBankIdAsync(order));
    }

    [HttpPost]
    [CheckPermission(StandardPermission.Orders.ORDERS_CREATE_EDIT_DELETE)]
    public async Task<IActionResult> CollectConsent(int id, string signatureId)
    {
        var order = await _orderService.GetOrderByIdAsync(id);
        if (order is null || string.IsNullOrWhiteSpace(signatureId))
            return NotFound();
        return Json(await _consents.CollectAsync(order, signatureId));
    }
}
