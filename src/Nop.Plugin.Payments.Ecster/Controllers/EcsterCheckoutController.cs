using Ecster.Client;
using Ecster.Client.Models;
using Microsoft.AspNetCore.Mvc;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;
using Nop.Core;
using Nop.Plugin.Payments.Ecster.Services.Checkout;
using Nop.Web.Framework.Controllers;

namespace Nop.Plugin.Payments.Ecster.Controllers;

/// <summary>
/// The payment step's JSON endpoints. Every one is a POST with nopCommerce's antiforgery token, for the current
/// customer only, refused without a cart, and rate-limited per customer, address and store. Personal numbers arrive in the form, are
/// parsed, used for one Ecster call and neither stored nor logged.
/// </summary>
public class EcsterCheckoutController : BasePluginController
{
    // The page's script reads camelCase whatever JSON settings the store's MVC uses.
    private static readonly JsonSerializerSettings JsonSettings = new() { ContractResolver = new CamelCasePropertyNamesContractResolver() };

    private readonly CheckoutFlow _flow;
    private readonly CheckoutRateLimiter _limiter;
    private readonly ShopperContextResolver _shoppers;
    private readonly CheckoutTexts _texts;
    private readonly IWebHelper _webHelper;

    public EcsterCheckoutController(CheckoutFlow flow, CheckoutRateLimiter limiter, ShopperContextResolver shoppers, CheckoutTexts texts,
        IWebHelper webHelper)
    {
        _flow = flow;
        _limiter = limiter;
        _shoppers = shoppers;
        _texts = texts;
        _webHelper = webHelper;
    }

    [HttpPost, ValidateAntiForgeryToken]
    public Task<IActionResult> Start(string? device, string? personalNumber) => RunAsync(async shopper =>
        PersonalIdentityNumber.TryParse(personalNumber, out var number)
            ? await _flow.StartBankIdAsync(shopper, number, sameDevice: device == "same")
            : CheckoutStep.Error(await _texts.GetAsync("Errors.InvalidPersonalNumber"), 400));

    /// <summary>The page sends the personal number again: the ticket needs it, and the server keeps it nowhere.</summary>
    [HttpPost, ValidateAntiForgeryToken]
    public Task<IActionResult> Collect(string? personalNumber) => RunAsync(shopper =>
        _flow.CollectAsync(shopper, PersonalIdentityNumber.TryParse(personalNumber, out var number) ? number : null));

    [HttpPost, ValidateAntiForgeryToken]
    public Task<IActionResult> Cancel() => RunAsync(_flow.CancelAsync);

    [HttpPost, ValidateAntiForgeryToken]
    public Task<IActionResult> Options() => RunAsync(_flow.OptionsAsync);

    /// <summary>Staff checked a passport, driving licence or ID card: its number and expiry month/year make the ticket.</summary>
    [HttpPost, ValidateAntiForgeryToken]
    public Task<IActionResult> Document(string? personalNumber, string? documentType, string? documentNumber,
        int? expiryMonth, int? expiryYear, bool staffChecked) =>
        RunAsync(async shopper =>
        {
            if (!PersonalIdentityNumber.TryParse(personalNumber, out var number))
                return CheckoutStep.Error(await _texts.GetAsync("Errors.InvalidPersonalNumber"), 400);
            if (string.IsNullOrWhiteSpace(documentNumber) || !IdentificationDocument.IsDocument(documentType))
                return CheckoutStep.Error(await _texts.GetAsync("Errors.IdDocumentIncomplete"), 400);
            // Valid through the end of its expiry month.
            var today = DateTime.Today;
            if (expiryMonth is not (>= 1 and <= 12) || expiryYear is not (>= 2000 and <= 2100)
                || (expiryYear.Value, expiryMonth.Value).CompareTo((today.Year, today.Month)) < 0)
                return CheckoutStep.Error(await _texts.GetAsync("Errors.IdDocumentExpired"), 400);
            if (!staffChecked)
                return CheckoutStep.Error(await _texts.GetAsync("Errors.IdDocumentNotChecked"), 400);

            return await _flow.IdentifyByDocumentAsync(shopper,
                new DocumentInput(number, documentType!, documentNumber.Trim(), expiryMonth.Value, expiryYear.Value));
        });

    private async Task<IActionResult> RunAsync(Func<ShopperContext, Task<CheckoutStep>> step)
    {
        var shopper = await _shoppers.ResolveAsync();
        if (!_limiter.TryAcquire(new CheckoutCaller(shopper.Store.Id, shopper.Customer.Id, _webHelper.GetCurrentIpAddress())))
            return Answer(CheckoutStep.Error(await _texts.GetAsync("Errors.TooManyRequests"), 429));
        if (shopper.Cart.Count == 0)
            return Answer(CheckoutStep.Error(await _texts.GetAsync("Errors.EmptyCart"), 400));

        return Answer(await step(shopper));
    }

    private ContentResult Answer(CheckoutStep step) => new()
    {
        Content = JsonConvert.SerializeObject(step, JsonSettings),
        ContentType = "application/json",
        StatusCode = step.HttpStatus
    };
}
