using Nop.Plugin.Payments.Ecster.Services.Terms;
using Nop.Web.Framework.Models;

namespace Nop.Plugin.Payments.Ecster.Models.Public;

/// <summary>The product-page (or cart) figure "from 199 kr/month", with what its script and terms link need.</summary>
public record MonthlyCostModel : BaseNopModel
{
    public decimal Price { get; init; }

    public MonthlyTeaser Teaser { get; init; }

    public RepresentativeExample? Example { get; init; }

    /// <summary>Per-term factors as JSON, for recomputing the figure in the page when the price changes.</summary>
    public string PageFactorsJson { get; init; } = "[]";

    /// <summary>Where the terms view for a price is fetched from.</summary>
    public string TermsUrl { get; init; } = string.Empty;

    /// <summary>True on the product page, where attribute changes can change the price.</summary>
    public bool FollowsAttributeChanges { get; init; }
}
