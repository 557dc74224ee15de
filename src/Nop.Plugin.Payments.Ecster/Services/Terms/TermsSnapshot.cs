namespace Nop.Plugin.Payments.Ecster.Services.Terms;

/// <summary>
/// The terms of one store as fetched from Ecster, with the per-term factors the product-page figure needs
/// precomputed, so a page view costs a handful of decimal multiplications and no allocation.
/// </summary>
public sealed class TermsSnapshot
{
    private readonly CompiledTerm[] _instalmentTerms;

    public TermsSnapshot(IReadOnlyList<CreditTerm> terms, RepresentativeExample? example, string? termsUrl, DateTimeOffset fetchedAt)
    {
        Terms = terms;
        Example = example;
        TermsUrl = termsUrl;
        FetchedAt = fetchedAt;
        _instalmentTerms = terms.Where(t => t.IsInstalment).Select(t => new CompiledTerm(t)).ToArray();
    }

    public IReadOnlyList<CreditTerm> Terms { get; }

    public RepresentativeExample? Example { get; }

    public string? TermsUrl { get; }

    public DateTimeOffset FetchedAt { get; }

    /// <summary>
    /// The lowest monthly amount any instalment term offers for this price, or null when no term covers it.
    /// This is the product page's hot path: keep it free of LINQ, closures and allocations.
    /// </summary>
    public MonthlyTeaser? LowestMonthlyAmount(decimal price)
    {
        var best = -1;
        var bestAmount = 0m;
        for (var i = 0; i < _instalmentTerms.Length; i++)
        {
            ref readonly var term = ref _instalmentTerms[i];
            if (!term.Term.Covers(price))
                continue;

            var amount = term.MonthlyAmount(price);
            if (best < 0 || amount < bestAmount)
            {
                best = i;
                bestAmount = amount;
            }
        }

        return best < 0 ? null : new MonthlyTeaser(bestAmount, _instalmentTerms[best].Term.Months, _instalmentTerms[best].Term.Code);
    }

    private readonly struct CompiledTerm
    {
        private readonly decimal _annuityFactor;

        public CompiledTerm(CreditTerm term)
        {
            Term = term;
            _annuityFactor = InstalmentCalculator.AnnuityFactor(term.NominalInterestRatePercent, term.Months);
        }

        public CreditTerm Term { get; }

        public decimal MonthlyAmount(decimal price) =>
            InstalmentCalculator.RoundMoney(price * _annuityFactor + Term.MonthlyFee);
    }
}

/// <summary>The product page's figure: "from {Amount} kr/month" over <see cref="Months"/> months.</summary>
public readonly record struct MonthlyTeaser(decimal Amount, int Months, string TermCode)
{
    /// <summary>
    /// Whole kronor for the advertised "from" figure, rounded up: rounding down would advertise a price
    /// lower than the shopper will pay.
    /// </summary>
    public decimal WholeKronor => decimal.Ceiling(Amount);
}
