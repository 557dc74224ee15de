using Ecster.Sandbox.Finance;
using Ecster.Sandbox.Http;
using Ecster.Sandbox.Model;

namespace Ecster.Sandbox.Api;

/// <summary>docs §2 (methods) and §3 (terms).</summary>
internal static class PaymentMethodEndpoints
{
    public static void Map(IEndpointRouteBuilder api, SandboxRuntime runtime)
    {
        api.MapGet("/paymentmethods", (HttpContext context) =>
        {
            var channel = context.Request.Query["channel"].ToString();
            var methods = PaymentCatalog.Methods.AsEnumerable();
            if (channel.Length > 0)
            {
                var wanted = Channels.Validate(channel);
                methods = methods.Where(m => m.Channels.Contains(wanted));
            }
            return HttpContextExtensions.Json(new PaymentMethodsView(methods.ToList()));
        });

        api.MapGet("/paymentmethods/terms", () => HttpContextExtensions.Json(Terms(runtime.Clock.Now())));
    }

    private static TermsView Terms(DateTimeOffset now)
    {
        var terms = PaymentCatalog.Terms
            .Select(t => new TermView(t.Code, t.PaymentMethod, t.Description, t.Months, t.NominalInterestRate,
                t.SetupFee, t.MonthlyFee, t.InvoiceFee, t.MinAmount, t.MaxAmount))
            .ToList();
        var example = PaymentCatalog.Terms.First(t => t.Code == PaymentCatalog.RepresentativeCode);
        var figures = CreditCalculator.Compute(PaymentCatalog.RepresentativeAmount, example);
        var representative = new RepresentativeExampleView(
            example.Code, PaymentCatalog.RepresentativeAmount, example.Months, example.NominalInterestRate,
            figures.EffectiveInterestRate, example.SetupFee, example.MonthlyFee, figures.MonthlyAmount, figures.TotalAmount);
        // Terms hold until the next midnight (UTC): callers cache them for a day at most.
        var validUntil = new DateTimeOffset(now.UtcDateTime.Date.AddDays(1), TimeSpan.Zero);
        return new TermsView("SEK", validUntil, "https://www.ecster.se/villkor", terms, representative);
    }
}
