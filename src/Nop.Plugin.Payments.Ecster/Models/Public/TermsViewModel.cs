using Nop.Plugin.Payments.Ecster.Services.Terms;
using Nop.Web.Framework.Models;

namespace Nop.Plugin.Payments.Ecster.Models.Public;

/// <summary>Every option Ecster offers for a price, with the figures consumer-credit rules require.</summary>
public record TermsViewModel : BaseNopModel
{
    public decimal Price { get; init; }

    public IReadOnlyList<InstalmentPlan> Plans { get; init; } = [];

    public RepresentativeExample? Example { get; init; }

    /// <summary>Ecster's full terms page: kept only when it is a link a page may carry (see <see cref="ExternalLink"/>).</summary>
    public string? EcsterTermsUrl
    {
        get => _ecsterTermsUrl;
        init => _ecsterTermsUrl = ExternalLink.OrNull(value);
    }

    private readonly string? _ecsterTermsUrl;
}
