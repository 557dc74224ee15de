using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Payments.Ecster.Models.Admin;

/// <summary>
/// The configuration form, per store scope as nopCommerce's own payment plugins have it: each setting with an
/// "_OverrideForStore" flag. The keys are write-only: <see cref="ApiKey"/> and <see cref="MerchantKey"/> only
/// carry what the admin types (empty keeps the stored key); the page shows the masked stored key instead.
/// </summary>
public record ConfigurationModel : BaseNopModel
{
    private const string Fields = "Plugins.Payments.Ecster.Admin.Fields.";

    public int ActiveStoreScopeConfiguration { get; set; }

    [NopResourceDisplayName(Fields + "Environment")]
    public int EnvironmentId { get; set; }
    public bool EnvironmentId_OverrideForStore { get; set; }
    public IList<SelectListItem> AvailableEnvironments { get; set; } = [];

    [NopResourceDisplayName(Fields + "SandboxBaseUrl")]
    public string? SandboxBaseUrl { get; set; }
    public bool SandboxBaseUrl_OverrideForStore { get; set; }

    /// <summary>The admin confirms a sandbox on another machine; without it only a loopback sandbox is accepted.</summary>
    [NopResourceDisplayName(Fields + "SandboxRemoteConfirmed")]
    public bool SandboxRemoteConfirmed { get; set; }

    /// <summary>A new API key typed by the admin; never filled in by the server.</summary>
    [NopResourceDisplayName(Fields + "ApiKey")]
    public string? ApiKey { get; set; }
    public bool ApiKey_OverrideForStore { get; set; }

    /// <summary>The stored API key masked ("••••1234"), or null when none is stored.</summary>
    public string? ApiKeyMasked { get; set; }

    /// <summary>A new merchant key typed by the admin; never filled in by the server.</summary>
    [NopResourceDisplayName(Fields + "MerchantKey")]
    public string? MerchantKey { get; set; }
    public bool MerchantKey_OverrideForStore { get; set; }

    /// <summary>The stored merchant key masked, or null when none is stored.</summary>
    public string? MerchantKeyMasked { get; set; }

    /// <summary>The header Ecster is configured to send with every notification (a constant, shown to give to Ecster).</summary>
    public string NotificationHeaderName { get; set; } = EcsterDefaults.Routes.NotificationHeaderName;

    /// <summary>The stored notification secret masked, or null when none is stored (notifications are then refused).</summary>
    public string? NotificationSecretMasked { get; set; }

    /// <summary>Set only on the page that generated it: the one time the whole secret is shown.</summary>
    public string? NewNotificationSecret { get; set; }

    [NopResourceDisplayName(Fields + "OfferInvoice")]
    public bool OfferInvoice { get; set; }
    public bool OfferInvoice_OverrideForStore { get; set; }

    [NopResourceDisplayName(Fields + "OfferPartPayment")]
    public bool OfferPartPayment { get; set; }
    public bool OfferPartPayment_OverrideForStore { get; set; }

    [NopResourceDisplayName(Fields + "OfferAccount")]
    public bool OfferAccount { get; set; }
    public bool OfferAccount_OverrideForStore { get; set; }

    [NopResourceDisplayName(Fields + "MinOrderTotal")]
    public decimal MinOrderTotal { get; set; }
    public bool MinOrderTotal_OverrideForStore { get; set; }

    [NopResourceDisplayName(Fields + "MaxOrderTotal")]
    public decimal MaxOrderTotal { get; set; }
    public bool MaxOrderTotal_OverrideForStore { get; set; }

    [NopResourceDisplayName(Fields + "CaptureMode")]
    public int CaptureModeId { get; set; }
    public bool CaptureModeId_OverrideForStore { get; set; }
    public IList<SelectListItem> AvailableCaptureModes { get; set; } = [];

    [NopResourceDisplayName(Fields + "ProductWidgetEnabled")]
    public bool ProductWidgetEnabled { get; set; }
    public bool ProductWidgetEnabled_OverrideForStore { get; set; }

    [NopResourceDisplayName(Fields + "ProductWidgetZone")]
    public string? ProductWidgetZone { get; set; }
    public bool ProductWidgetZone_OverrideForStore { get; set; }

    [NopResourceDisplayName(Fields + "WidgetMinPrice")]
    public decimal WidgetMinPrice { get; set; }
    public bool WidgetMinPrice_OverrideForStore { get; set; }

    [NopResourceDisplayName(Fields + "CartWidgetEnabled")]
    public bool CartWidgetEnabled { get; set; }
    public bool CartWidgetEnabled_OverrideForStore { get; set; }

    /// <summary>Set only on the page "Test connection" returns.</summary>
    public ConnectionTestResultModel? ConnectionTest { get; set; }
}
