using Ecster.Sandbox.Finance;
using Ecster.Sandbox.Http;
using Ecster.Sandbox.Model;

namespace Ecster.Sandbox.Api;

/// <summary>docs §2 (methods) and §3 (terms): GET calls with every parameter in the query.</summary>
internal static class PaymentMethodEndpoints
{
    public static void Map(IEndpointRouteBuilder api, SandboxRuntime runtime)
    {
        api.MapGet("/paymentmethods", (HttpContext context) =>
        {
            var query = new QueryParameters(context);
            query.Required("locale");
            RequireSweden(query);
            CartValidator.ValidateCurrency(query.Required("currency"));
            var amount = query.RequiredOre("amount");
            if (amount <= 0) throw ApiErrors.InvalidAmount("amount must be a positive number of öre.");
            var inPerson = query.OptionalBool("inPerson") ?? throw ApiErrors.InvalidRequest("inPerson is required.");

            var methods = PaymentCatalog.StandaloneMethods
                .Where(m => PaymentCatalog.Serves(m, amount))
                .Select(m => new PaymentMethodView(m.Name, m.Description, [PaymentCatalog.Submethod(m.Name)], PaymentCatalog.IdentificationMethods(inPerson)))
                .ToList();
            return HttpContextExtensions.Json(new PaymentMethodsView(methods, []));
        });

        api.MapGet("/paymentmethods/terms", (HttpContext context) =>
        {
            var query = new QueryParameters(context);
            query.Required("locale");
            var nationality = RequireSweden(query);
            CartValidator.ValidateCurrency(query.Required("currency"));
            var amount = query.RequiredOre("amount");
            if (amount <= 0) throw ApiErrors.InvalidAmount("amount must be a positive number of öre.");
            var method = query.Required("paymentMethod");
            var term = PaymentCatalog.TermsOf(method) ?? throw ApiErrors.InvalidRequest("paymentMethod must be INVOICE or PARTPAYMENT.");
            return HttpContextExtensions.Json(new TermsView(method, PaymentCatalog.Submethod(method), nationality, LocalizedTermsWriter.For(term, amount)));
        });
    }

    // The sandbox serves Swedish consumers only, as its test consumers are.
    private static string RequireSweden(QueryParameters query)
    {
        var nationality = query.Required("nationality");
        return string.Equals(nationality, "SE", StringComparison.OrdinalIgnoreCase)
            ? "SE"
            : throw ApiErrors.InvalidRequest("nationality must be SE.");
    }
}
