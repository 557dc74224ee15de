using Microsoft.AspNetCore.Http;
using Nop.Services.Payments;

namespace Nop.Plugin.Payments.Ecster.Services.Checkout;

/// <summary>
/// What nopCommerce's checkout asks the payment method: is the payment step's form complete, what goes into the
/// payment request, and placing the payment. The form posts only the chosen option id; the ticket and amount come
/// from the server-side state, so a shopper cannot post someone else's ticket or a cheaper amount.
/// </summary>
public class CheckoutPayments : ICheckoutPayments
{
    private readonly EcsterOrderPlacer _placer;
    private readonly ShopperContextResolver _shoppers;
    private readonly CheckoutStateStore _states;
    private readonly CheckoutTexts _texts;
    private readonly TimeProvider _time;

    public CheckoutPayments(EcsterOrderPlacer placer, ShopperContextResolver shoppers, CheckoutStateStore states, CheckoutTexts texts, TimeProvider time)
    {
        _placer = placer;
        _shoppers = shoppers;
        _states = states;
        _texts = texts;
        _time = time;
    }

    public async Task<IList<string>> ValidatePaymentFormAsync(IFormCollection form)
    {
        var (customer, store) = await _shoppers.CustomerAndStoreAsync();
        var state = await _states.GetAsync(store.Id, customer.Id);
        string? problem = null;
        if (state?.Ticket is null || state.Options.Count == 0)
            problem = "Errors.NoIdentification";
        else if (!state.HasLiveTicket(_time.GetUtcNow()))
        {
            await _states.ClearAsync(store.Id, customer.Id);
            problem = "Errors.TicketExpired";
        }
        else if (state.Offered(OptionIdOf(form)) is null)
            problem = "Errors.NoOptionChosen";

        if (problem is not null)
            return [await _texts.GetAsync(problem)];

        await _states.SetAsync(store.Id, customer.Id, state! with { ChosenOptionId = OptionIdOf(form) });
        return [];
    }

    public async Task<ProcessPaymentRequest> GetPaymentInfoAsync(IFormCollection form)
    {
        var request = new ProcessPaymentRequest();
        var (customer, store) = await _shoppers.CustomerAndStoreAsync();
        var state = await _states.GetAsync(store.Id, customer.Id);
        var option = state?.Offered(OptionIdOf(form));
        if (state?.Ticket is null || state.OptionsAmount is null || option is null)
            return request; // ValidatePaymentFormAsync has already refused this form

        new ChosenOption(option.Id, state.Ticket, state.OptionsAmount.Value, state.Channel, option.Description).WriteTo(request.CustomValues);
        return request;
    }

    public Task<ProcessPaymentResult> ProcessPaymentAsync(ProcessPaymentRequest processPaymentRequest) =>
        _placer.PlaceAsync(processPaymentRequest);

    private static string? OptionIdOf(IFormCollection form) =>
        form.TryGetValue(EcsterDefaults.Checkout.OptionFormField, out var value) ? value.ToString().Trim() : null;
}
