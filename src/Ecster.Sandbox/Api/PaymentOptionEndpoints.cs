using Ecster.Sandbox.Domain;
using Ecster.Sandbox.Finance;
using Ecster.Sandbox.Http;
using Ecster.Sandbox.Model;

namespace Ecster.Sandbox.Api;

/// <summary>docs §6: the options for one ticket and one exact amount, within each method's limits and the consumer's credit.</summary>
internal static class PaymentOptionEndpoints
{
    public static void Map(IEndpointRouteBuilder api, SandboxRuntime runtime)
    {
        api.MapPost("/paymentoptions", async (HttpContext context) =>
        {
            var request = await SandboxJson.ReadBodyAsync<PaymentOptionsRequest>(context);
            if (request.Amount is not { } amount || amount <= 0) throw ApiErrors.InvalidAmount("amount must be a positive number of öre.");
            var currency = CartValidator.ValidateCurrency(request.Currency);
            var channel = Channels.Validate(request.Channel);
            var ticket = TicketEndpoints.RequireLiving(runtime, request.Ticket);
            CreditDecision.Require(ticket.Consumer, amount);

            var options = new List<PaymentOptionView>();
            foreach (var term in PaymentCatalog.Terms)
            {
                if (!PaymentCatalog.MethodServesChannel(term.PaymentMethod, channel)) continue;
                if (amount < term.MinAmount || amount > term.MaxAmount) continue;
                var figures = CreditCalculator.Compute(amount, term);
                var view = new PaymentOptionView(
                    Ids.New("opt-"), term.Code, term.PaymentMethod, term.Description, term.Months,
                    figures.MonthlyAmount, term.SetupFee, term.MonthlyFee, term.InvoiceFee,
                    term.NominalInterestRate, figures.EffectiveInterestRate, figures.TotalAmount);
                runtime.Store.PaymentOptions[view.Id] = new PaymentOptionOffer(ticket.Id, ticket.Consumer, amount, channel, term, view);
                options.Add(view);
            }
            return HttpContextExtensions.Json(new PaymentOptionsView(amount, currency, options));
        });
    }
}
