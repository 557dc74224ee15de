using Microsoft.AspNetCore.Mvc;
using Nop.Core;
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
/// unknown outcome, and the physical store's debit consent (BankID at the counter, or a signed paper consent).
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
    private readonly IWebHelper _webHelper;
    private readonly IWorkContext _workContext;

    public EcsterOrderController(DebitConsents consents, MovementEngine engine, IOrderService orderService, IWebHelper webHelper, IWorkContext workContext)
    {
        _consents = consents;
        _engine = engine;
        _orderService = orderService;
        _webHelper = webHelper;
        _workContext = workContext;
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
        // The consumer signs at the counter, so the signing device is the store's: the admin's address is the end user's.
        return Json(await _consents.StartBankIdAsync(order, _webHelper.GetCurrentIpAddress()));
    }

    [HttpPost]
    [CheckPermission(StandardPermission.Orders.ORDERS_CREATE_EDIT_DELETE)]
    public async Task<IActionResult> CollectConsent(int id, string consentId)
    {
        var order = await _orderService.GetOrderByIdAsync(id);
        if (order is null || string.IsNullOrWhiteSpace(consentId))
            return NotFound();
        return Json(await _consents.CollectAsync(order, consentId));
    }

    [HttpPost]
    [CheckPermission(StandardPermission.Orders.ORDERS_CREATE_EDIT_DELETE)]
    public async Task<IActionResult> PaperConsent(int id)
    {
        var order = await _orderService.GetOrderByIdAsync(id);
        if (order is null)
            return NotFound();
        var staff = await _workContext.GetCurrentCustomerAsync();
        // An id, not a name or e-mail: it goes to Ecster and into the order note.
        return Json(await _consents.RecordPaperAsync(order, $"admin-{staff.Id}"));
    }
}
