using Ecster.Client;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Payments.Ecster.Models.Admin;

namespace Nop.Plugin.Payments.Ecster.Services.Admin;

/// <summary>Settings to form and back. The keys go one way only: stored keys are shown masked, never copied into the form.</summary>
public static class ConfigurationMapping
{
    public static ConfigurationModel ToModel(EcsterSettings settings)
    {
        var model = new ConfigurationModel
        {
            EnvironmentId = (int)settings.Environment,
            SandboxBaseUrl = settings.SandboxBaseUrl,
            OfferInvoice = settings.OfferInvoice,
            OfferPartPayment = settings.OfferPartPayment,
            OfferAccount = settings.OfferAccount,
            MinOrderTotal = settings.MinOrderTotal,
            MaxOrderTotal = settings.MaxOrderTotal,
            CaptureModeId = (int)settings.CaptureMode,
            ProductWidgetEnabled = settings.ProductWidgetEnabled,
            ProductWidgetZone = settings.ProductWidgetZone,
            WidgetMinPrice = settings.WidgetMinPrice,
            CartWidgetEnabled = settings.CartWidgetEnabled,
            // A stored remote sandbox was confirmed when it was saved; re-saving the page must not ask again.
            SandboxRemoteConfirmed = Uri.TryCreate(settings.SandboxBaseUrl, UriKind.Absolute, out var url) && !url.IsLoopback
        };
        ShowStoredKeys(model, settings);
        return model;
    }

    /// <summary>Blanks whatever keys the form carried and shows the stored ones masked.</summary>
    public static void ShowStoredKeys(ConfigurationModel model, EcsterSettings settings)
    {
        model.ApiKey = null;
        model.MerchantKey = null;
        model.ApiKeyMasked = SecretMask.Mask(settings.ApiKey);
        model.MerchantKeyMasked = SecretMask.Mask(settings.MerchantKey);
        model.NotificationSecretMasked = SecretMask.Mask(settings.NotificationSecret);
        model.NewNotificationSecret = null;
    }

    /// <summary>Writes the form's values into <paramref name="settings"/>; an empty key input keeps the stored key.</summary>
    public static void Apply(ConfigurationModel model, EcsterSettings settings)
    {
        ApplyConnection(model, settings);
        settings.OfferInvoice = model.OfferInvoice;
        settings.OfferPartPayment = model.OfferPartPayment;
        settings.OfferAccount = model.OfferAccount;
        settings.MinOrderTotal = model.MinOrderTotal;
        settings.MaxOrderTotal = model.MaxOrderTotal;
        settings.CaptureMode = (EcsterCaptureMode)model.CaptureModeId;
        settings.ProductWidgetEnabled = model.ProductWidgetEnabled;
        settings.ProductWidgetZone = model.ProductWidgetZone?.Trim() ?? string.Empty;
        settings.WidgetMinPrice = model.WidgetMinPrice;
        settings.CartWidgetEnabled = model.CartWidgetEnabled;
    }

    /// <summary>
    /// Only what a connection needs: environment, sandbox address and keys. An empty key input keeps the stored key
    /// only where stored keys may go: the store's validation refuses such a form first, and a host that skipped it
    /// gets the key dropped, never sent to another host.
    /// </summary>
    public static void ApplyConnection(ConfigurationModel model, EcsterSettings settings)
    {
        if (!ConfigurationRules.StoredKeysMayGo(model, settings))
        {
            settings.ApiKey = string.Empty;
            settings.MerchantKey = string.Empty;
        }

        settings.Environment = (EcsterEnvironment)model.EnvironmentId;
        // Blank is only valid outside the sandbox, where the address is not used: keep the stored one then.
        if (!string.IsNullOrWhiteSpace(model.SandboxBaseUrl))
            settings.SandboxBaseUrl = model.SandboxBaseUrl.Trim();
        if (!string.IsNullOrWhiteSpace(model.ApiKey))
            settings.ApiKey = model.ApiKey.Trim();
        if (!string.IsNullOrWhiteSpace(model.MerchantKey))
            settings.MerchantKey = model.MerchantKey.Trim();
    }
}
