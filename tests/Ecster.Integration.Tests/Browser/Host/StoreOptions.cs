namespace Ecster.Integration.Tests.Browser.Host;

/// <summary>How the test store is set up: nopCommerce's bundling switch (EnableJavaScriptBundling and
/// EnableCssBundling, one switch here), and whether the plugin's views are only compiled or also rendered.</summary>
public sealed class StoreOptions
{
    public bool Bundling { get; init; }

    /// <summary>Culture of the plugin's texts the views show.</summary>
    public string Culture { get; init; } = "en-US";
}
