using Ecster.Client.Models;
using Nop.Core;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Payments.Ecster.Services.Api;
using Nop.Services.Configuration;
using Nop.Services.Directory;
using Nop.Services.Orders;

namespace Nop.Plugin.Payments.Ecster.Services.Availability;

/// <summary>
/// Decides whether checkout offers Ecster for a cart. Cheap local checks come first (keys, currency, the shop's
/// own limits); only then Ecster's payment methods, read through <see cref="PaymentMethodsCache"/> so a page
/// render does not call Ecster.
/// </summary>
public class EcsterAvailability : IPaymentAvailability
{
    private readonly PaymentMethodsCache _cache;
    private readonly EcsterClientProvider _clients;
    private readonly ICurrencyService _currencyService;
    private readonly IOrderTotalCalculationService _orderTotals;
    private readonly ISettingService _settingService;
    private readonly IStoreContext _storeContext;
    private readonly IWorkContext _workContext;

    public EcsterAvailability(
        PaymentMethodsCache cache,
        EcsterClientProvider clients,
        ICurrencyService currencyService,
        IOrderTotalCalculationService orderTotals,
        ISettingService settingService,
        IStoreContext storeContext,
        IWorkContext workContext)
    {
        _cache = cache;
        _clients = clients;
        _currencyService = currencyService;
        _orderTotals = orderTotals;
        _settingService = settingService;
        _storeContext = storeContext;
        _workContext = workContext;
    }

    public async Task<bool> IsHiddenAsync(IList<ShoppingCartItem> cart) => await WhyHiddenAsync(cart) != HiddenReason.None;

    /// <summary>The first reason the method is hidden for this cart, or <see cref="HiddenReason.None"/>.</summary>
    public async Task<HiddenReason> WhyHiddenAsync(IList<ShoppingCartItem> cart)
    {
        var store = await _storeContext.GetCurrentStoreAsync();
        var settings = await _settingService.LoadSettingAsync<EcsterSettings>(store.Id);
        if (!EcsterClientProvider.IsConfigured(settings))
            return HiddenReason.NotConfigured;

        var currency = await _workContext.GetWorkingCurrencyAsync();
        if (!string.Equals(currency?.CurrencyCode, EcsterDefaults.Currency, StringComparison.OrdinalIgnoreCase))
            return HiddenReason.CurrencyNotSek;

        var offered = OfferedTypes(settings);
        if (offered.Count == 0)
            return HiddenReason.NoMethodOffered;

        // nopCommerce computes totals in the primary store currency; the limits are SEK, the working currency.
        var (primaryTotal, _, _, _, _, _) = await _orderTotals.GetShoppingCartTotalAsync(cart);
        decimal? total = primaryTotal is { } t ? await _currencyService.ConvertFromPrimaryStoreCurrencyAsync(t, currency!) : null;
        // A total nopCommerce cannot compute yet (e.g. shipping not chosen) is judged when it is known.
        if (total is { } known && !WithinShopLimits(settings, known))
            return HiddenReason.OutsideShopLimits;

        var answer = await _cache.GetAsync(store.Id, async cancellationToken =>
        {
            var client = _clients.ForSettings(settings) ?? throw new InvalidOperationException("The store has no Ecster keys.");
            // Cached per store, so asked with one fixed amount: the answer says which methods the merchant has.
            // Whether Ecster takes this cart's exact amount is its payment options' answer at checkout.
            var list = await client.GetPaymentMethodsAsync(Admin.ConnectionTester.ProbeQuery, cancellationToken);
            return list.PaymentMethods;
        });
        if (answer.Methods is null)
            return HiddenReason.EcsterUnreachable;

        if (!answer.Methods.Any(m => offered.Contains(m.Name)))
            return HiddenReason.OfferedMethodsNotAtEcster;

        return HiddenReason.None;
    }

    /// <summary>Ecster's type codes of the methods the shop chose to offer.</summary>
    public static IReadOnlySet<string> OfferedTypes(EcsterSettings settings)
    {
        var types = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (settings.OfferInvoice)
            types.Add(PaymentMethodType.Invoice);
        if (settings.OfferPartPayment)
            types.Add(PaymentMethodType.PartPayment);
        if (settings.OfferAccount)
            types.Add(PaymentMethodType.Account);
        return types;
    }

    /// <summary>0 means "no limit" for either bound, as the settings say.</summary>
    private static bool WithinShopLimits(EcsterSettings settings, decimal total) =>
        (settings.MinOrderTotal <= 0 || total >= settings.MinOrderTotal) &&
        (settings.MaxOrderTotal <= 0 || total <= settings.MaxOrderTotal);
}
