using System.Globalization;
using Ecster.Client;
using Ecster.Client.Models;
using Nop.Core;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Ecster.Services.Api;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Orphans;
using Nop.Plugin.Payments.Ecster.Services.Contact;
using EcsterOrder = Ecster.Client.Models.Order;
using Nop.Plugin.Payments.Ecster.Services.Cart;
using Nop.Services.Customers;
using Nop.Services.Logging;
using Nop.Services.Orders;
using Nop.Services.Payments;
using Nop.Services.Stores;

namespace Nop.Plugin.Payments.Ecster.Services.Checkout;

/// <summary>
/// ProcessPayment: creates the Ecster order for the order nopCommerce is placing, with the ticket and option the
/// shopper chose, the order GUID as reference, and the shopper's delivery recipient and contact details from the
/// checkout. Ecster does not deduplicate a reference, so the ticket's claim lets one checkout create once; a repeat
/// of the same checkout only looks its order up. nopCommerce's
/// total is in the store's primary currency; Ecster gets it in SEK at the rate the order will record
/// (<see cref="ShopperSekRate"/>). Every failure is an error nopCommerce shows on the confirm page; none throws.
/// </summary>
public class EcsterOrderPlacer
{
    private readonly ICartLineSource<CheckoutCart> _cartLines;
    private readonly CheckoutClaims _claims;
    private readonly EcsterClientProvider _clientProvider;
    private readonly OrderContactSource _contacts;
    private readonly ICustomerService _customerService;
    private readonly CheckoutJournal _journal;
    private readonly ILogger _logger;
    private readonly RecipientPermissions? _recipients;
    private readonly IShoppingCartService _shoppingCartService;
    private readonly SalesPersons _salesPersons;
    private readonly ShopperSekRate _sekRate;
    private readonly CheckoutStateStore _states;
    private readonly IStoreService _storeService;
    private readonly CheckoutTexts _texts;
    private readonly TimeProvider _time;
    private readonly IWebHelper _webHelper;

    public EcsterOrderPlacer(
        ICartLineSource<CheckoutCart> cartLines,
        CheckoutClaims claims,
        EcsterClientProvider clientProvider,
        OrderContactSource contacts,
        ICustomerService customerService,
        CheckoutJournal journal,
        ILogger logger,
        IShoppingCartService shoppingCartService,
        SalesPersons salesPersons,
        ShopperSekRate sekRate,
        CheckoutStateStore states,
        IStoreService storeService,
        CheckoutTexts texts,
        TimeProvider time,
        IWebHelper webHelper,
        // Last and optional only so that code building the placer by hand (the benchmarks) still compiles; the
        // container always supplies it. Without it no order is marked as allowing a recipient, so edits send none.
        RecipientPermissions? recipients = null)
    {
        _cartLines = cartLines;
        _claims = claims;
        _clientProvider = clientProvider;
        _contacts = contacts;
        _customerService = customerService;
        _journal = journal;
        _logger = logger;
        _recipients = recipients;
        _shoppingCartService = shoppingCartService;
        _salesPersons = salesPersons;
        _sekRate = sekRate;
        _states = states;
        _storeService = storeService;
        _texts = texts;
        _time = time;
        _webHelper = webHelper;
    }

    public async Task<ProcessPaymentResult> PlaceAsync(ProcessPaymentRequest request)
    {
        // The ticket comes from the checkout state, never from the order's custom values, which admins can read.
        var state = await _states.GetAsync(request.StoreId, request.CustomerId);
        var chosen = ChosenOption.From(request.CustomValues, state?.Ticket);
        var offered = chosen is null ? null : state?.Offered(chosen.OptionId);
        if (chosen is null || state is null || offered is null)
            return await ChooseAgainAsync(request, "Errors.ChooseAgain");

        // Checked here too (Ecster would refuse as well): an expired ticket or a changed total sends the shopper back
        // to the payment step with a message, instead of a failed call.
        if (state.TicketExpiresAt <= _time.GetUtcNow())
            return await ChooseAgainAsync(request, "Errors.TicketExpired");

        SekRate? shopperRate;
        try
        {
            shopperRate = await _sekRate.GetAsync();
        }
        catch (InvalidOperationException error)
        {
            await _logger.ErrorAsync($"Ecster: no SEK rate for order {request.OrderGuid}: {error.Message}", error, await _customerService.GetCustomerByIdAsync(request.CustomerId));
            return await FailAsync("Errors.Unavailable");
        }

        if (shopperRate is not { } rate)
            return await ChooseAgainAsync(request, "Errors.CurrencyNotSek");
        // The options were offered for the SEK total; the order nopCommerce places must convert to the same figure.
        if (rate.ToSek(request.OrderTotal) != chosen.Amount)
            return await ChooseAgainAsync(request, "Errors.TotalChanged");

        var client = await _clientProvider.ForStoreAsync(request.StoreId);
        if (client is null)
            return await FailAsync("Errors.Unavailable");

        global::Ecster.Client.Models.Cart cart;
        try
        {
            cart = await BuildCartAsync(request, rate);
        }
        catch (InvalidOperationException error)
        {
            await _logger.EcsterFailedAsync($"the cart of order {request.OrderGuid} could not be described to Ecster", error, await _customerService.GetCustomerByIdAsync(request.CustomerId));
            return await FailAsync("Errors.CartMismatch");
        }

        var reference = request.OrderGuid.ToString();
        // Recorded before the call: a ticket makes one Ecster order, and one never saved here is annulled later.
        var claim = await _claims.ClaimAsync(request.StoreId, chosen.Ticket, request.OrderGuid);
        if (claim == CheckoutClaimOutcome.Refused)
            return await ChooseAgainAsync(request, "Errors.TicketExpired");
        if (claim == CheckoutClaimOutcome.AlreadyTried)
            return await SettleEarlierCreateAsync(request, client, reference);

        var customer = await _customerService.GetCustomerByIdAsync(request.CustomerId);
        var contact = customer is null ? OrderContact.None : await _contacts.ForCheckoutAsync(customer);
        var salesPerson = chosen.Channel == Channel.Store ? _salesPersons.Current() : null;
        await _journal.RecordAsync(request.OrderGuid, $"Ecster: creating order for option {chosen.Description} ({chosen.OptionId}), channel {chosen.Channel}, amount {rate.Describe(cart.Amount)}.");
        EcsterOrder order;
        try
        {
            order = await client.CreateOrderAsync(new CreateOrderRequest
            {
                OrderReference = reference,
                Ticket = chosen.Ticket,
                PaymentOption = chosen.OptionId,
                Cart = cart,
                ContactInfo = contact.ContactInfo,
                // The option Ecster offered says whether a recipient may be given (the server's state, not the form's).
                Recipient = offered.AllowsRecipient ? contact.Recipient : null,
                NotificationUrl = _webHelper.GetStoreLocation() + EcsterDefaults.Routes.NotificationPath,
                SalesPerson = salesPerson
            });
        }
        catch (EcsterApiException error) when (error.Kind == EcsterErrorKind.UnknownOutcome)
        {
            // Whether Ecster has the order only a look-up by reference can tell: Ecster documents no idempotency, so
            // the create is never sent again (a second order would be a second credit).
            var found = await FindByReferenceAsync(client, reference);
            if (found is null)
            {
                await _journal.RecordAsync(request.OrderGuid, "Ecster: the create's answer was lost and no order exists for the reference.");
                return await FailAsync("Errors.Unconfirmed");
            }

            await _journal.RecordAsync(request.OrderGuid, $"Ecster: the create's answer was lost; order {found.Id} found by reference.");
            order = found;
        }
        catch (EcsterApiException error)
        {
            await _logger.EcsterFailedAsync($"order {request.OrderGuid} was not created", error, await _customerService.GetCustomerByIdAsync(request.CustomerId));
            if (error.Code is EcsterErrorCode.TicketInvalid or EcsterErrorCode.PaymentOptionInvalid)
                return await ChooseAgainAsync(request, error.Code == EcsterErrorCode.TicketInvalid ? "Errors.TicketExpired" : "Errors.TotalChanged");
            if (error.Kind == EcsterErrorKind.Declined)
                await _states.ClearAsync(request.StoreId, request.CustomerId);
            return Failed(await _texts.ForErrorAsync(error));
        }

        if (salesPerson is not null)
            await _salesPersons.RememberAsync(request.OrderGuid, salesPerson);
        if (_recipients is not null)
            await _recipients.RememberAsync(request.OrderGuid, offered.AllowsRecipient);
        return await AuthorizedAsync(request, order);
    }

    /// <summary>
    /// A repeat of a checkout whose create may have reached Ecster: only reading can tell, and absence is no proof
    /// (the order may show up later, and is then annulled as an orphan). Never creates: the shopper identifies again.
    /// </summary>
    private async Task<ProcessPaymentResult> SettleEarlierCreateAsync(ProcessPaymentRequest request, IEcsterClient client, string reference)
    {
        var found = await FindByReferenceAsync(client, reference);
        if (found is null)
        {
            await _journal.RecordAsync(request.OrderGuid, "Ecster: an earlier create of this checkout is unconfirmed and no order exists for the reference; not created again.");
            return await ChooseAgainAsync(request, "Errors.Unconfirmed");
        }

        await _journal.RecordAsync(request.OrderGuid, $"Ecster: order {found.Id} of an earlier attempt found by reference.");
        return await AuthorizedAsync(request, found);
    }

    private async Task<ProcessPaymentResult> AuthorizedAsync(ProcessPaymentRequest request, EcsterOrder order)
    {
        // One ticket, one order: the next order identifies again.
        await _states.ClearAsync(request.StoreId, request.CustomerId);
        await _journal.RecordAsync(request.OrderGuid, $"Ecster: order {order.Id} created, status {order.Status}, option {order.Properties?.Submethod ?? order.Properties?.Method}.");
        return new ProcessPaymentResult
        {
            NewPaymentStatus = PaymentStatus.Authorized,
            AuthorizationTransactionId = order.Id,
            AuthorizationTransactionResult = order.Status
        };
    }

    private async Task<global::Ecster.Client.Models.Cart> BuildCartAsync(ProcessPaymentRequest request, SekRate rate)
    {
        var customer = await _customerService.GetCustomerByIdAsync(request.CustomerId)
                       ?? throw new InvalidOperationException("The order's customer does not exist.");
        var store = await _storeService.GetStoreByIdAsync(request.StoreId)
                    ?? throw new InvalidOperationException("The order's store does not exist.");
        var cart = await _shoppingCartService.GetShoppingCartAsync(customer, ShoppingCartType.ShoppingCart, request.StoreId);
        var lines = await _cartLines.GetLinesAsync(new CheckoutCart(customer, store, cart));
        return EcsterCartBuilder.Build(lines, request.OrderTotal, rate);
    }

    private async Task<EcsterOrder?> FindByReferenceAsync(IEcsterClient client, string reference)
    {
        try
        {
            var orders = await client.FindOrdersByReferenceAsync(reference);
            return orders.FirstOrDefault();
        }
        catch (EcsterApiException error)
        {
            // Still unknown. The ticket's claim stops a second order; an order found later is annulled as an orphan.
            await _logger.EcsterFailedAsync($"the order for reference {reference} could not be looked up", error);
            return null;
        }
    }

    private async Task<ProcessPaymentResult> ChooseAgainAsync(ProcessPaymentRequest request, string textName)
    {
        await _states.ClearAsync(request.StoreId, request.CustomerId);
        return await FailAsync(textName);
    }

    private async Task<ProcessPaymentResult> FailAsync(string textName) => Failed(await _texts.GetAsync(textName));

    private static ProcessPaymentResult Failed(string message)
    {
        var result = new ProcessPaymentResult();
        result.AddError(message);
        return result;
    }
}

/// <summary>
/// The option the shopper chose, as it travels in the payment request's custom values. The ticket does not travel
/// there: nopCommerce saves custom values with the order and shows them in admin.
/// </summary>
public sealed record ChosenOption(string OptionId, string Ticket, decimal Amount, string Channel, string Description)
{
    /// <param name="ticket">The ticket of the shopper's checkout state.</param>
    public static ChosenOption? From(CustomValues? values, string? ticket)
    {
        if (values is null || string.IsNullOrEmpty(ticket)
            || !values.TryGetValue(EcsterDefaults.Checkout.OptionIdCustomValue, out var optionId) || string.IsNullOrEmpty(optionId.Value)
            || !values.TryGetValue(EcsterDefaults.Checkout.AmountCustomValue, out var amountValue)
            || !decimal.TryParse(amountValue.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
            return null;

        var channel = values.TryGetValue(EcsterDefaults.Checkout.ChannelCustomValue, out var c) && c.Value == global::Ecster.Client.Models.Channel.Store
            ? global::Ecster.Client.Models.Channel.Store
            : global::Ecster.Client.Models.Channel.Ecommerce;
        var description = values.TryGetValue(EcsterDefaults.Checkout.OptionDescriptionCustomValue, out var d) ? d.Value : optionId.Value;
        return new ChosenOption(optionId.Value, ticket, amount, channel, description);
    }

    public void WriteTo(CustomValues values)
    {
        values[EcsterDefaults.Checkout.OptionIdCustomValue] = OptionId;
        values[EcsterDefaults.Checkout.AmountCustomValue] = Amount.ToString(CultureInfo.InvariantCulture);
        values[EcsterDefaults.Checkout.ChannelCustomValue] = Channel;
        values[EcsterDefaults.Checkout.OptionDescriptionCustomValue] = Description;
        // Only the option in words is for the shopper's eyes; the rest is the plugin's bookkeeping.
        foreach (var value in values.Where(v => v.Name != EcsterDefaults.Checkout.OptionDescriptionCustomValue && v.Name.StartsWith("Ecster ", StringComparison.Ordinal)))
            value.DisplayToCustomer = false;
    }
}
