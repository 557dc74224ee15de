using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Plugin.Payments.Ecster.Models.Public;
using Nop.Plugin.Payments.Ecster.Services.Terms;
using Nop.Web.Framework.Controllers;

namespace Nop.Plugin.Payments.Ecster.Controllers;

/// <summary>
/// The terms view a shopper opens from the monthly-cost figure: every option for the price, with the
/// representative example. Computed from the terms cache; it never calls Ecster.
/// </summary>
public class EcsterTermsController : BasePluginController
{
    /// <summary>Prices above this are not credit Ecster offers to consumers; refusing them bounds the work per request.</summary>
    private const decimal LargestPrice = 1_000_000m;

    private readonly IStoreContext _storeContext;
    private readonly TermsCache _termsCache;

    public EcsterTermsController(IStoreContext storeContext, TermsCache termsCache)
    {
        _storeContext = storeContext;
        _termsCache = termsCache;
    }

    [HttpGet]
    public async Task<IActionResult> Terms(decimal price)
    {
        if (price <= 0 || price > LargestPrice)
            return BadRequest();

        var store = await _storeContext.GetCurrentStoreAsync();
        var snapshot = _termsCache.Peek(store.Id);
        if (snapshot is null)
            return NoContent();

        var model = new TermsViewModel
        {
            Price = price,
            Plans = snapshot.Terms.Where(t => t.Covers(price)).Select(t => InstalmentCalculator.Plan(t, price)).ToList(),
            Example = snapshot.Example,
            EcsterTermsUrl = snapshot.TermsUrl
        };
        return PartialView($"{EcsterDefaults.PluginFolder}/Views/Public/_Terms.cshtml", model);
    }
}
