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
        api.MapGet("/paymentoptions", (HttpContext context) =>
        {
            var query = new QueryParameters(context);
            var amount = query.RequiredOre("amount");
            if (amount <= 0) throw ApiErrors.InvalidAmount("amount must be a positive number of öre.");
            CartValidator.ValidateCurrency(query.Required("currency"));
            var invoiceFee = query.OptionalOre("invoiceFee") ?? 0;
            if (invoiceFee < 0) throw ApiErrors.InvalidAmount("invoiceFee must not be negative.");
            var availableCredit = query.OptionalOre("availableCredit");
            var ticket = TicketEndpoints.RequireLiving(runtime, query.Required("ticket"));
            CreditDecision.Require(ticket.Consumer, amount);

            var options = new List<PaymentOptionView>();
            foreach (var term in PaymentCatalog.StandaloneTerms)
            {
                // Ecster adds the invoice fee to an invoice's amount; the available credit caps a part payment.
                var asked = term.PaymentMethod == PaymentCatalog.Invoice ? amount + invoiceFee : amount;
                if (asked < term.MinAmount || asked > term.MaxAmount) continue;
                if (term.PaymentMethod == PaymentCatalog.PartPayment && availableCredit is { } credit && credit < amount) continue;

                var view = new PaymentOptionView(
                    Ids.New("po-"), term.PaymentMethod, PaymentCatalog.Submethod(term.PaymentMethod), term.Description,
                    term.PaymentMethod == PaymentCatalog.PartPayment, LocalizedTermsWriter.For(term, amount));
                runtime.Store.PaymentOptions[view.Id] = new PaymentOptionOffer(ticket.Id, ticket.Consumer, amount, term, view);
                options.Add(view);
            }
            return HttpContextExtensions.Json(new PaymentOptionsView(options));
        });
    }
}
