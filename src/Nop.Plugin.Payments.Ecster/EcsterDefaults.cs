namespace Nop.Plugin.Payments.Ecster;

/// <summary>
/// Names the plugin uses in nopCommerce: system name, resource prefix, routes, views. One place, so a rename
/// never leaves a stale string behind.
/// </summary>
public static partial class EcsterDefaults
{
    /// <summary>The plugin's system name; must equal plugin.json's SystemName.</summary>
    public const string SystemName = "Payments.Ecster";

    /// <summary>Every locale resource of the plugin starts with this; uninstall deletes by it.</summary>
    public const string ResourcePrefix = "Plugins.Payments.Ecster.";

    /// <summary>The only currency Ecster accepts.</summary>
    public const string Currency = "SEK";

    /// <summary>Where the plugin's files live inside the store, for view paths.</summary>
    public const string PluginFolder = "~/Plugins/Payments.Ecster";

    /// <summary>Route of the admin configuration page.</summary>
    /// <summary>Route of the public terms view opened from the monthly-cost figure.</summary>
    public const string TermsRouteName = "Plugin.Payments.Ecster.Terms";

    /// <summary>The schedule task that keeps every store's terms fresh (type name as nopCommerce stores it).</summary>
    public const string RefreshTermsTaskType = "Nop.Plugin.Payments.Ecster.Services.Terms.RefreshTermsTask, Nop.Plugin.Payments.Ecster";

    /// <summary>How often the terms task runs: hourly keeps terms fresh without asking Ecster per page view.</summary>
    public const int RefreshTermsTaskSeconds = 3600;

    public const string ConfigurationRouteName = "Plugin.Payments.Ecster.Configure";

    /// <summary>Culture of the Swedish texts shipped with the plugin.</summary>
    public const string SwedishCulture = "sv-SE";

    /// <summary>Culture of the English texts, also the fallback for every other language.</summary>
    public const string EnglishCulture = "en-US";
}
