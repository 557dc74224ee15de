using Nop.Plugin.Payments.Ecster.Services.Terms;
using Nop.Web.Framework.Models;

namespace Nop.Plugin.Payments.Ecster.Models.Public;

/// <summary>Every option Ecster offers for a price, with the figures consumer-credit rules require.</summary>
public record TermsViewModel : BaseNopModel
{
    public decimal Price { get; init; }

    public IReadOnlyList<InstalmentPlan> Plans { get; init; } = [];

    public RepresentativeExample? Example { get; init; }

    public string? EcsterTermsUrl { get; init; }
}
