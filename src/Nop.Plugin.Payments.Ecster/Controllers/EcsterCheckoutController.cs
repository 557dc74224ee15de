using System.Globalization;
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
    public Task<IActionResult> Start(string? device, string? personalNumber) => RunAsync(CheckoutRequestKind.EcsterCall, async shopper =>
    {
        PersonalIdentityNumber? number = null;
        if (!string.IsNullOrWhiteSpace(personalNumber))
        {
            if (!PersonalIdentityNumber.TryParse(personalNumber, out var parsed))
                return CheckoutStep.Error(await _texts.GetAsync("Errors.InvalidPersonalNumber"), 400);
            number = parsed;
        }

        return await _flow.StartBankIdAsync(shopper, number, sameDevice: device == "same");
    });

    [HttpPost, ValidateAntiForgeryToken]
    public Task<IActionResult> Collect() => RunAsync(CheckoutRequestKind.EcsterCall, _flow.CollectAsync);

    [HttpPost, ValidateAntiForgeryToken]
    public Task<IActionResult> Qr() => RunAsync(CheckoutRequestKind.QrCode, _flow.QrAsync);

    [HttpPost, ValidateAntiForgeryToken]
    public Task<IActionResult> Cancel() => RunAsync(CheckoutRequestKind.EcsterCall, _flow.CancelAsync);

    [HttpPost, ValidateAntiForgeryToken]
    public Task<IActionResult> Options() => RunAsync(CheckoutRequestKind.EcsterCall, _flow.OptionsAsync);

    [HttpPost, ValidateAntiForgeryToken]
    public Task<IActionResult> IdDocument(string? personalNumber, string? firstName, string? lastName,
        string? documentType, string? documentNumber, string? expiryDate, bool staffChecked) =>
        RunAsync(CheckoutRequestKind.EcsterCall, async shopper =>
        {
            if (!PersonalIdentityNumber.TryParse(personalNumber, out var number))
                return CheckoutStep.Error(await _texts.GetAsync("Errors.InvalidPersonalNumber"), 400);
            if (string.IsNullOrWhiteSpace(firstName) || string.IsNullOrWhiteSpace(lastName) || string.IsNullOrWhiteSpace(documentNumber)
                || documentType is not (IdDocumentType.DriversLicence or IdDocumentType.Passport or IdDocumentType.NationalIdCard))
                return CheckoutStep.Error(await _texts.GetAsync("Errors.IdDocumentIncomplete"), 400);
            if (!DateOnly.TryParseExact(expiryDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var expiry)
                || expiry < DateOnly.FromDateTime(DateTime.Today))
                return CheckoutStep.Error(await _texts.GetAsync("Errors.IdDocumentExpired"), 400);
            if (!staffChecked)
                return CheckoutStep.Error(await _texts.GetAsync("Errors.IdDocumentNotChecked"), 400);

            return await _flow.IdentifyByIdDocumentAsync(shopper,
                new IdDocumentInput(number, firstName.Trim(), lastName.Trim(), documentType, documentNumber.Trim(), expiry));
        });

    private async Task<IActionResult> RunAsync(CheckoutRequestKind kind, Func<ShopperContext, Task<CheckoutStep>> step)
    {
        var shopper = await _shoppers.ResolveAsync();
        if (!_limiter.TryAcquire(new CheckoutCaller(shopper.Store.Id, shopper.Customer.Id, _webHelper.GetCurrentIpAddress(), kind)))
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
