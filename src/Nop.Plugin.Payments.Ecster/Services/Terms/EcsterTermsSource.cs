using Nop.Plugin.Payments.Ecster.Services.Api;

namespace Nop.Plugin.Payments.Ecster.Services.Terms;

/// <summary>Fetches a store's terms from Ecster and turns them into the cache's own records.</summary>
public class EcsterTermsSource : ITermsSource
{
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

        var answer = await client.GetPaymentMethodTermsAsync(cancellationToken);
        var terms = answer.Terms
            .Where(t => t.Months > 0)
            .Select(t => new CreditTerm(t.Code, t.PaymentMethod, t.Description ?? t.Code, t.Months, t.NominalInterestRate,
                t.SetupFee, t.MonthlyFee, t.InvoiceFee, t.MinAmount, t.MaxAmount))
            .ToList();
        var example = answer.RepresentativeExample is { } e
            ? new RepresentativeExample(e.Code, e.Amount, e.Months, e.NominalInterestRate, e.EffectiveInterestRate,
                e.SetupFee, e.MonthlyFee, e.MonthlyAmount, e.TotalAmount)
            : null;
        return new TermsSnapshot(terms, example, answer.TermsUrl, _time.GetUtcNow());
    }
}
