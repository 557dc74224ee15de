using Ecster.Client.Models;
using Nop.Plugin.Payments.Ecster.Services.Api;

namespace Nop.Plugin.Payments.Ecster.Services.Terms;

/// <summary>Fetches a store's terms from Ecster and turns them into the cache's own records.</summary>
public class EcsterTermsSource : ITermsSource
{
    /// <summary>
    /// Ecster states its figures for one amount per call (docs/ecster-api.md §3); 10 000 kr is the amount of the
    /// representative example. Other prices are computed from the same terms (§3.1), without calling Ecster.
    /// </summary>
    public const decimal ReferenceAmount = 10_000m;

    private static readonly string[] Methods = [PaymentMethodType.PartPayment, PaymentMethodType.Invoice];

    private readonly EcsterClientProvider _clients;
    private readonly TimeProvider _time;

    public EcsterTermsSource(EcsterClientProvider clients, TimeProvider? time = null)
    {
        _clients = clients;
        _time = time ?? TimeProvider.System;
    }

    public async Task<TermsSnapshot?> FetchAsync(int storeId, CancellationToken cancellationToken = default)
    {
        var client = await _clients.ForStoreAsync(storeId);
        if (client is null)
            return null;

        var terms = new List<CreditTerm>();
        RepresentativeExample? example = null;
        foreach (var method in Methods)
        {
            var answer = await client.GetPaymentMethodTermsAsync(
                new PaymentMethodTermsQuery { PaymentMethod = method, Amount = ReferenceAmount }, cancellationToken);
            var figures = answer.Figures;
            if (figures.Months <= 0)
                continue;

            var code = answer.Submethod ?? method;
            var isInvoice = method == PaymentMethodType.Invoice;
            // Ecster's answer carries no amount limits: a term is offered for any price (0 = no limit).
            terms.Add(new CreditTerm(code, method, code, figures.Months, figures.NominalInterestRate,
                isInvoice ? 0 : figures.StartFee, figures.AdminFee, isInvoice ? figures.StartFee : 0, 0, 0));
            if (!isInvoice && figures.MonthlyAmount > 0)
                example = new RepresentativeExample(code, ReferenceAmount, figures.Months, figures.NominalInterestRate,
                    figures.EffectiveInterestRate, figures.StartFee, figures.AdminFee, figures.MonthlyAmount, figures.TotalAmount);
        }
        return new TermsSnapshot(terms, example, null, _time.GetUtcNow());
    }
}
