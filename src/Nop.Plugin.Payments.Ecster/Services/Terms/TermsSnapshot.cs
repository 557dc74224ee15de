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
        PageFactors = _instalmentTerms.Select(t => new PageFactor(t.Term.Code, t.Term.Months, t.AnnuityFactor,
            t.Term.MonthlyFee, t.Term.MinAmount, t.Term.MaxAmount)).ToArray();
    }

    /// <summary>
    /// What the product page's script needs to recompute the figure when attributes change the price, with
    /// the same formula, so a changed price costs no request at all.
    /// </summary>
    public IReadOnlyList<PageFactor> PageFactors { get; }

    /// <summary><see cref="PageFactors"/> as JSON, serialised once per snapshot rather than once per page view.</summary>
    public string PageFactorsJson => _pageFactorsJson ??= Newtonsoft.Json.JsonConvert.SerializeObject(PageFactors);

    private string? _pageFactorsJson;

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
            if (price < term.MinAmount || (term.MaxAmount > 0 && price > term.MaxAmount))
                continue;

            // Compared unrounded: rounding to öre is monotonic, so the cheapest stays the cheapest; round once.
            var amount = term.UnroundedMonthlyAmount(price);
            if (best < 0 || amount < bestAmount)
            {
                best = i;
                bestAmount = amount;
            }
        }

        return best < 0
            ? null
            : new MonthlyTeaser(InstalmentCalculator.RoundMoney(bestAmount), _instalmentTerms[best].Term.Months, _instalmentTerms[best].Term.Code);
    }

    private readonly struct CompiledTerm
    {
        /// <summary>
        /// Decimals kept of the annuity factor. Twelve leave an error below 0.000001 kr on a 1,000,000 kr price, far
        /// under the öre the figure is rounded to, and make each multiplication several times cheaper than the
        /// full 28 digits would.
        /// </summary>
        private const int FactorDecimals = 12;

        public CompiledTerm(CreditTerm term)
        {
            Term = term;
            AnnuityFactor = Math.Round(InstalmentCalculator.AnnuityFactor(term.NominalInterestRatePercent, term.Months),
                FactorDecimals, MidpointRounding.AwayFromZero);
            MinAmount = term.MinAmount;
            MaxAmount = term.MaxAmount;
            MonthlyFee = term.MonthlyFee;
        }

        public CreditTerm Term { get; }

        public decimal AnnuityFactor { get; }

        // Copied out of the record so the hot loop reads a struct in an array, not an object per term.
        public decimal MinAmount { get; }

        public decimal MaxAmount { get; }

        public decimal MonthlyFee { get; }

        public decimal UnroundedMonthlyAmount(decimal price) => price * AnnuityFactor + MonthlyFee;
    }
}

/// <summary>One instalment term reduced to the numbers the page script multiplies with.</summary>
public sealed record PageFactor(string Code, int Months, decimal AnnuityFactor, decimal MonthlyFee, decimal MinAmount, decimal MaxAmount);

/// <summary>The product page's figure: "from {Amount} kr/month" over <see cref="Months"/> months.</summary>
public readonly record struct MonthlyTeaser(decimal Amount, int Months, string TermCode)
{
    /// <summary>
    /// Whole kronor for the advertised "from" figure, rounded up: rounding down would advertise a price
    /// lower than the shopper will pay.
    /// </summary>
    public decimal WholeKronor => decimal.Ceiling(Amount);
}
