using Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;

namespace Nop.Plugin.Payments.Ecster.Models.Admin;

/// <summary>What the Ecster panel on the admin order page shows. Consumer data is masked before it gets here.</summary>
public sealed class OrderPanelModel
{
    public int OrderId { get; init; }

    public string EcsterOrderId { get; init; } = string.Empty;

    /// <summary>Set when Ecster could not be read; the ledger is still shown.</summary>
    public string? EcsterError { get; init; }

    public string? Status { get; init; }

    public string? Option { get; init; }

    public decimal Amount { get; init; }

    public decimal DebitedAmount { get; init; }

    public decimal CreditedAmount { get; init; }

    public decimal AnnulledAmount { get; init; }

    public decimal RemainingAmount { get; init; }

    /// <summary>"Anna A., 19811218-****": first name, last initial, masked personal number.</summary>
    public string? Consumer { get; init; }

    public bool ConsentRequired { get; init; }

    /// <summary>See <see cref="Services.BackOffice.Consent.DebitConsentState"/>'s statuses.</summary>
    public string? ConsentStatus { get; init; }

    public DateTime? ConsentSignedAtUtc { get; init; }

    public bool ConsentMissing => ConsentRequired && ConsentStatus != Services.BackOffice.Consent.DebitConsentState.Signed;

    public IReadOnlyList<LedgerEntry> Entries { get; init; } = [];

    public bool HasUnresolved => Entries.Any(e => e.IsOpen);

    public string ResolveUrl { get; init; } = string.Empty;

    public string StartConsentUrl { get; init; } = string.Empty;

    public string CollectConsentUrl { get; init; } = string.Empty;
}
