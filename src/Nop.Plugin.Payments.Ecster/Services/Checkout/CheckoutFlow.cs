using System.Globalization;
using Ecster.Client;
using Ecster.Client.Models;
using Nop.Core;
using Nop.Plugin.Payments.Ecster.Services.Api;
using Nop.Plugin.Payments.Ecster.Services.Cart;
using Nop.Services.Logging;
using Nop.Services.Orders;

namespace Nop.Plugin.Payments.Ecster.Services.Checkout;

/// <summary>
/// The payment step's steps against Ecster: identify (BankID on this or another device, or a document checked by
/// staff), then a ticket and the options for the exact cart total. State is kept per customer on the server
/// (<see cref="CheckoutStateStore"/>); the personal number comes with the requests that need it and is kept nowhere.
/// </summary>
public class CheckoutFlow
{
    private readonly EcsterClientProvider _clientProvider;
    private readonly ILogger _logger;
    private readonly IOrderTotalCalculationService _orderTotals;
    private readonly ShopperSekRate _sekRate;
    private readonly CheckoutStateStore _states;
    private readonly CheckoutTexts _texts;
    private readonly TimeProvider _time;
    private readonly IWorkContext _workContext;

    public CheckoutFlow(
        EcsterClientProvider clientProvider,
        ILogger logger,
        IOrderTotalCalculationService orderTotals,
        ShopperSekRate sekRate,
        CheckoutStateStore states,
        CheckoutTexts texts,
        TimeProvider time,
        IWorkContext workContext)
    {
        _clientProvider = clientProvider;
        _logger = logger;
        _orderTotals = orderTotals;
        _sekRate = sekRate;
        _states = states;
        _texts = texts;
        _time = time;
        _workContext = workContext;
    }

    /// <summary>
    /// Starts BankID for the shopper's personal number (Ecster always needs the person): on this device the answer
    /// carries the link that opens the app; on another device the shopper opens BankID on their phone themselves.
    /// </summary>
    public Task<CheckoutStep> StartBankIdAsync(ShopperContext shopper, PersonalIdentityNumber personalNumber, bool sameDevice) =>
        WithClientAsync(shopper, async client =>
        {
            var type = sameDevice ? IdentificationMethod.BankId : IdentificationMethod.MobileBankId;
            var start = await client.StartEidAsync(new StartEidRequest { Type = type, NationalId = personalNumber });

            // A new identification replaces everything before it: an old ticket must not pay for a new person.
            if (!start.IsPending)
            {
                await _states.ClearAsync(shopper.Store.Id, shopper.Customer.Id);
                return await EndedAsync(start);
            }

            await _states.SetAsync(shopper.Store.Id, shopper.Customer.Id,
                new CheckoutState { Channel = ChannelOf(shopper), EidId = start.Id, EidMethod = type });
            return new CheckoutStep
            {
                Status = CheckoutStepStatus.Pending,
                Message = await _texts.GetAsync(sameDevice ? "Hint.OpenOnThisDevice" : "Hint.OpenOnPhone"),
                AutoStartUrl = sameDevice ? BankIdLink(start.StartUrl) : null,
                PollAfterMs = start.PollTime
            };
        });

    /// <summary>
    /// Collects the eID; once complete, gets the ticket for the same personal number (the page sends it again: the
    /// server keeps it nowhere) and the options for the cart total.
    /// </summary>
    public Task<CheckoutStep> CollectAsync(ShopperContext shopper, PersonalIdentityNumber? personalNumber) =>
        WithClientAsync(shopper, async client =>
        {
            var state = await _states.GetAsync(shopper.Store.Id, shopper.Customer.Id);
            if (state?.EidId is null || state.EidMethod is null)
                return CheckoutStep.Error(await _texts.GetAsync("Errors.NoIdentification"), 400);

            var eid = await client.CollectEidAsync(state.EidId);
            if (eid.IsPending)
                return new CheckoutStep { Status = CheckoutStepStatus.Pending, Message = await _texts.HintAsync(eid.Status, failed: false), PollAfterMs = eid.PollTime };

            // Complete or ended: either way this identification is used up.
            await _states.ClearAsync(shopper.Store.Id, shopper.Customer.Id);
            if (!eid.IsComplete)
                return await EndedAsync(eid);
            if (personalNumber is not { } number)
                return CheckoutStep.Error(await _texts.GetAsync("Errors.InvalidPersonalNumber"), 400);

            var request = CreateTicketRequest.ForEid(state.EidMethod, eid.Id, number, await LocaleAsync());
            // docs §5: staff placing the order for the customer are with them, so the ticket is in person (and the
            // order then needs a debit consent, docs §8), as for a document.
            request.InPerson = state.Channel == Channel.Store;
            var ticket = await client.CreateTicketAsync(request);
            return await TicketAndOptionsAsync(client, shopper, new CheckoutState { Channel = state.Channel }.WithTicket(ticket));
        });

    /// <summary>The shopper gave up: Ecster documents no cancel, so the BankID order simply expires; the state is forgotten.</summary>
    public async Task<CheckoutStep> CancelAsync(ShopperContext shopper)
    {
        await _states.ClearAsync(shopper.Store.Id, shopper.Customer.Id);
        return new CheckoutStep { Status = CheckoutStepStatus.Cancelled, Message = await _texts.GetAsync("Hint.cancelled") };
    }

    /// <summary>
    /// Staff in a physical store checked the customer's document: no identification call, a ticket in person with the
    /// document's number and expiry (docs §5). Only while placing an order for the customer.
    /// </summary>
    public async Task<CheckoutStep> IdentifyByDocumentAsync(ShopperContext shopper, DocumentInput input)
    {
        if (!shopper.IsStaffSale)
            return CheckoutStep.Error(await _texts.GetAsync("Errors.StaffOnly"), 403);

        return await WithClientAsync(shopper, async client =>
        {
            await _states.ClearAsync(shopper.Store.Id, shopper.Customer.Id);
            var ticket = await client.CreateTicketAsync(CreateTicketRequest.ForDocument(
                input.Method, input.Number, input.ExpiryMonth, input.ExpiryYear, input.PersonalNumber, await LocaleAsync()));
            return await TicketAndOptionsAsync(client, shopper, new CheckoutState { Channel = Channel.Store }.WithTicket(ticket));
        });
    }

    /// <summary>The options again, for the cart total as it is now (after the shopper changed the cart or came back).</summary>
    public Task<CheckoutStep> OptionsAsync(ShopperContext shopper) =>
        WithClientAsync(shopper, async client =>
        {
            var state = await _states.GetAsync(shopper.Store.Id, shopper.Customer.Id);
            if (state?.Ticket is null)
                return CheckoutStep.Error(await _texts.GetAsync("Errors.NoIdentification"), 400);
            return await TicketAndOptionsAsync(client, shopper, state);
        });

    private async Task<CheckoutStep> TicketAndOptionsAsync(IEcsterClient client, ShopperContext shopper, CheckoutState state)
    {
        // A ticket is one identification's: an expired one means identifying again, never a new ticket from old proof.
        await _states.SetAsync(shopper.Store.Id, shopper.Customer.Id, state);
        if (!state.HasLiveTicket(_time.GetUtcNow()))
        {
            await _states.ClearAsync(shopper.Store.Id, shopper.Customer.Id);
            return CheckoutStep.Error(await _texts.GetAsync("Errors.TicketExpired"));
        }

        var primaryTotal = (await _orderTotals.GetShoppingCartTotalAsync(shopper.Cart)).shoppingCartTotal;
        if (primaryTotal is not > 0)
            return CheckoutStep.Error(await _texts.GetAsync("Errors.TotalUnknown"));
        // nopCommerce totals in the store's primary currency; Ecster's options are for the SEK the shopper pays.
        if (await _sekRate.GetAsync() is not { } rate)
            return CheckoutStep.Error(await _texts.GetAsync("Errors.CurrencyNotSek"));
        var total = rate.ToSek(primaryTotal.Value);

        var options = await client.GetPaymentOptionsAsync(new PaymentOptionsRequest { Ticket = state.Ticket!, Amount = total });
        await _states.SetAsync(shopper.Store.Id, shopper.Customer.Id, state with
        {
            OptionsAmount = total,
            Options = options.Options.Select(o => new OfferedOption(
                o.Id, o.Description ?? o.Code ?? o.Id, o.PaymentMethod, o.Months, o.AllowAlternateRecipient == true)).ToList(),
            ChosenOptionId = null
        });

        if (options.Options.Count == 0)
            return CheckoutStep.Error(await _texts.GetAsync("Errors.NoOptions"));

        var culture = await CultureAsync();
        return new CheckoutStep
        {
            Status = CheckoutStepStatus.Options,
            Message = await _texts.GetAsync("Hint.ChooseOption"),
            Total = Money(total, culture),
            Options = options.Options.Select(o => new OptionView(
                o.Id, o.Description ?? o.Code ?? o.Id, o.PaymentMethod, o.Months,
                Money(o.MonthlyAmount, culture), Money(o.SetupFee, culture), Money(o.MonthlyFee, culture), Money(o.InvoiceFee, culture),
                Rate(o.NominalInterestRate, culture), Rate(o.EffectiveInterestRate, culture), Money(o.TotalAmount, culture))).ToList()
        };
    }

    /// <summary>Runs a step with the store's client and turns Ecster's failures into a message the shopper can act on.</summary>
    private async Task<CheckoutStep> WithClientAsync(ShopperContext shopper, Func<IEcsterClient, Task<CheckoutStep>> step)
    {
        var client = await _clientProvider.ForStoreAsync(shopper.Store.Id);
        if (client is null)
            return CheckoutStep.Error(await _texts.GetAsync("Errors.Unavailable"));

        try
        {
            return await step(client);
        }
        catch (EcsterApiException error)
        {
            await _logger.EcsterFailedAsync("a checkout step failed", error, shopper.Customer);
            if (error.Code is EcsterErrorCode.TicketInvalid || error.Kind == EcsterErrorKind.Declined)
                await _states.ClearAsync(shopper.Store.Id, shopper.Customer.Id);
            return new CheckoutStep { Status = CheckoutStepStatus.Failed, Message = await _texts.ForErrorAsync(error) };
        }
    }

    /// <summary>An eID that ended without the shopper identified (or could not start): say why; they may start again.</summary>
    private async Task<CheckoutStep> EndedAsync(EidIdentification eid) => new()
    {
        Status = eid.Status == EidStatus.Cancelled ? CheckoutStepStatus.Cancelled : CheckoutStepStatus.Failed,
        Message = await _texts.HintAsync(eid.Status, failed: true)
    };

    private static string ChannelOf(ShopperContext shopper) => shopper.IsStaffSale ? Channel.Store : Channel.Ecommerce;

    // Only a link that opens the BankID app or an https page goes to the page (the script checks again).
    private static string? BankIdLink(string? startUrl) =>
        startUrl is { Length: > 0 } url && (url.StartsWith("bankid:", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("https:", StringComparison.OrdinalIgnoreCase)) ? url : null;

    private async Task<TicketLocale> LocaleAsync()
    {
        var language = (await CultureAsync()).TwoLetterISOLanguageName;
        return new TicketLocale { Language = language is "sv" or "en" ? language : "sv", Country = "SE" };
    }

    private async Task<CultureInfo> CultureAsync()
    {
        var language = await _workContext.GetWorkingLanguageAsync();
        try
        {
            return CultureInfo.GetCultureInfo(language?.LanguageCulture ?? EcsterDefaults.Resources.SwedishCulture);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.GetCultureInfo(EcsterDefaults.Resources.SwedishCulture);
        }
    }

    private static string Money(decimal sek, CultureInfo culture) => sek.ToString("N2", culture) + " kr";

    private static string Rate(decimal percent, CultureInfo culture) => percent.ToString("0.00", culture) + " %";
}

/// <summary>What staff read off a customer's document. The personal number is used for one call only.</summary>
/// <param name="Method"><c>PASSPORT</c>, <c>DRIVERS_LICENSE</c> or <c>ID_CARD</c>.</param>
public sealed record DocumentInput(PersonalIdentityNumber PersonalNumber, string Method, string Number, int ExpiryMonth, int ExpiryYear);
