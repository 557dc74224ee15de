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
/// The payment step's steps against Ecster: identify (BankID on this or another device, or an ID document checked
/// by staff), then a ticket and the options for the exact cart total. State is kept per customer on the server
/// (<see cref="CheckoutStateStore"/>); the personal number is used for one call and kept nowhere.
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
    private readonly IWebHelper _webHelper;
    private readonly IWorkContext _workContext;

    public CheckoutFlow(
        EcsterClientProvider clientProvider,
        ILogger logger,
        IOrderTotalCalculationService orderTotals,
        ShopperSekRate sekRate,
        CheckoutStateStore states,
        CheckoutTexts texts,
        TimeProvider time,
        IWebHelper webHelper,
        IWorkContext workContext)
    {
        _clientProvider = clientProvider;
        _logger = logger;
        _orderTotals = orderTotals;
        _sekRate = sekRate;
        _states = states;
        _texts = texts;
        _time = time;
        _webHelper = webHelper;
        _workContext = workContext;
    }

    /// <summary>Starts BankID. Without a personal number, whoever scans the QR code (or opens the app) identifies.</summary>
    public Task<CheckoutStep> StartBankIdAsync(ShopperContext shopper, PersonalIdentityNumber? personalNumber, bool sameDevice) =>
        WithClientAsync(shopper, async client =>
        {
            await CancelPendingBankIdAsync(client, shopper);
            var start = await client.StartBankIdIdentificationAsync(new StartBankIdIdentificationRequest
            {
                PersonalNumber = personalNumber,
                EndUserIp = _webHelper.GetCurrentIpAddress() ?? string.Empty,
                Device = sameDevice ? BankIdDevice.SameDevice : BankIdDevice.OtherDevice
            });

            // A new identification replaces everything before it: an old ticket must not pay for a new person.
            var state = new CheckoutState
            {
                Channel = ChannelOf(shopper),
                BankIdOrderRef = start.OrderRef,
                QrStartToken = start.QrStartToken,
                QrStartSecret = start.QrStartSecret,
                QrStartedAt = _time.GetUtcNow()
            };
            await _states.SetAsync(shopper.Store.Id, shopper.Customer.Id, state);

            return new CheckoutStep
            {
                Status = CheckoutStepStatus.Pending,
                Message = await _texts.GetAsync(sameDevice ? "Hint.OpenOnThisDevice" : "Hint.ScanQr"),
                AutoStartUrl = sameDevice && start.AutoStartToken is { } token
                    ? $"bankid:///?autostarttoken={Uri.EscapeDataString(token)}&redirect=null"
                    : null,
                QrSvg = sameDevice ? null : QrSvgOf(state)
            };
        });

    /// <summary>This second's QR code, drawn from the start's token and secret; no Ecster call.</summary>
    public async Task<CheckoutStep> QrAsync(ShopperContext shopper)
    {
        var state = await _states.GetAsync(shopper.Store.Id, shopper.Customer.Id);
        var svg = state is null ? null : QrSvgOf(state);
        return svg is null
            ? CheckoutStep.Error(await _texts.GetAsync("Errors.NoIdentification"), 400)
            : new CheckoutStep { Status = CheckoutStepStatus.Pending, QrSvg = svg };
    }

    /// <summary>Polls BankID; when the shopper has identified, gets a ticket and the options for the cart total.</summary>
    public Task<CheckoutStep> CollectAsync(ShopperContext shopper) =>
        WithClientAsync(shopper, async client =>
        {
            var state = await _states.GetAsync(shopper.Store.Id, shopper.Customer.Id);
            if (state?.BankIdOrderRef is null)
                return CheckoutStep.Error(await _texts.GetAsync("Errors.NoIdentification"), 400);

            var status = await client.CollectBankIdIdentificationAsync(state.BankIdOrderRef);
            switch (status.Status)
            {
                case IdentificationStatus.Complete when status.IdentificationId is not null:
                    state = state with { BankIdOrderRef = null, QrStartSecret = null, QrStartToken = null, IdentificationId = status.IdentificationId };
                    await _states.SetAsync(shopper.Store.Id, shopper.Customer.Id, state);
                    return await TicketAndOptionsAsync(client, shopper, state);

                case IdentificationStatus.Failed:
                    await _states.ClearAsync(shopper.Store.Id, shopper.Customer.Id);
                    return new CheckoutStep
                    {
                        Status = status.HintCode == "cancelled" ? CheckoutStepStatus.Cancelled : CheckoutStepStatus.Failed,
                        Message = await _texts.HintAsync(status.HintCode, failed: true)
                    };

                default:
                    return new CheckoutStep
                    {
                        Status = CheckoutStepStatus.Pending,
                        Message = await _texts.HintAsync(status.HintCode, failed: false),
                        QrSvg = QrSvgOf(state) ?? (status.QrData is { Length: > 0 } qr ? BankIdQrRenderer.ToSvg(qr) : null)
                    };
            }
        });

    /// <summary>The shopper gave up: stops the BankID order at Ecster and forgets the checkout state.</summary>
    public async Task<CheckoutStep> CancelAsync(ShopperContext shopper)
    {
        var client = await _clientProvider.ForStoreAsync(shopper.Store.Id);
        if (client is not null)
            await CancelPendingBankIdAsync(client, shopper);
        await _states.ClearAsync(shopper.Store.Id, shopper.Customer.Id);
        return new CheckoutStep { Status = CheckoutStepStatus.Cancelled, Message = await _texts.GetAsync("Hint.cancelled") };
    }

    /// <summary>Staff in a physical store checked the customer's ID document; only while placing an order for them.</summary>
    public async Task<CheckoutStep> IdentifyByIdDocumentAsync(ShopperContext shopper, IdDocumentInput input)
    {
        if (!shopper.IsStaffSale)
            return CheckoutStep.Error(await _texts.GetAsync("Errors.StaffOnly"), 403);

        return await WithClientAsync(shopper, async client =>
        {
            var identification = await client.IdentifyByIdDocumentAsync(new IdentifyByIdDocumentRequest
            {
                PersonalNumber = input.PersonalNumber,
                FirstName = input.FirstName,
                LastName = input.LastName,
                Document = new IdDocument { Type = input.DocumentType, Number = input.DocumentNumber, ExpiryDate = input.ExpiryDate },
                VerifiedBy = $"staff-{shopper.Staff!.Id}"
            });
            var state = new CheckoutState { Channel = Channel.Store, IdentificationId = identification.IdentificationId };
            await _states.SetAsync(shopper.Store.Id, shopper.Customer.Id, state);
            return await TicketAndOptionsAsync(client, shopper, state);
        });
    }

    /// <summary>The options again, for the cart total as it is now (after the shopper changed the cart or came back).</summary>
    public Task<CheckoutStep> OptionsAsync(ShopperContext shopper) =>
        WithClientAsync(shopper, async client =>
        {
            var state = await _states.GetAsync(shopper.Store.Id, shopper.Customer.Id);
            if (state?.IdentificationId is null)
                return CheckoutStep.Error(await _texts.GetAsync("Errors.NoIdentification"), 400);
            return await TicketAndOptionsAsync(client, shopper, state);
        });

    private async Task<CheckoutStep> TicketAndOptionsAsync(IEcsterClient client, ShopperContext shopper, CheckoutState state)
    {
        var now = _time.GetUtcNow();
        if (!state.HasLiveTicket(now))
        {
            var ticket = await client.CreateTicketAsync(new CreateTicketRequest { IdentificationId = state.IdentificationId! });
            state = state with { Ticket = ticket.Ticket, TicketExpiresAt = ticket.ExpiresAt, Options = [], OptionsAmount = null, ChosenOptionId = null };
            await _states.SetAsync(shopper.Store.Id, shopper.Customer.Id, state);
            if (!state.HasLiveTicket(now))
            {
                await _states.ClearAsync(shopper.Store.Id, shopper.Customer.Id);
                return CheckoutStep.Error(await _texts.GetAsync("Errors.TicketExpired"));
            }
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
            Options = options.Options.Select(o => new OfferedOption(o.Id, o.Description ?? o.Code ?? o.Id, o.PaymentMethod, o.Months)).ToList(),
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

    private async Task CancelPendingBankIdAsync(IEcsterClient client, ShopperContext shopper)
    {
        var orderRef = (await _states.GetAsync(shopper.Store.Id, shopper.Customer.Id))?.BankIdOrderRef;
        if (orderRef is null)
            return;
        try
        {
            await client.CancelBankIdIdentificationAsync(orderRef);
        }
        catch (EcsterApiException)
        {
            // Already finished or expired at Ecster: nothing left to stop, and nothing for the shop owner to do.
        }
    }

    private static string ChannelOf(ShopperContext shopper) => shopper.IsStaffSale ? Channel.Store : Channel.Ecommerce;

    private string? QrSvgOf(CheckoutState state)
    {
        if (state.QrStartToken is not { Length: > 0 } token || state.QrStartSecret is not { Length: > 0 } secret || state.QrStartedAt is null)
            return null;
        var seconds = (int)Math.Max(0, Math.Floor((_time.GetUtcNow() - state.QrStartedAt.Value).TotalSeconds));
        return BankIdQrRenderer.ToSvg(BankIdQrCode.Compute(token, secret, seconds));
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

/// <summary>What staff read off a customer's ID document. The personal number is parsed and used for one call only.</summary>
public sealed record IdDocumentInput(
    PersonalIdentityNumber PersonalNumber,
    string FirstName,
    string LastName,
    string DocumentType,
    string DocumentNumber,
    DateOnly ExpiryDate);
