namespace Nop.Plugin.Payments.Ecster;

/// <summary>Names and timings of the admin configuration page and of the method's availability at checkout.</summary>
public static partial class EcsterDefaults
{
    /// <summary>The admin configuration view.</summary>
    public const string ConfigureViewPath = PluginFolder + "/Views/Admin/Configure.cshtml";

    /// <summary>
    /// How long Ecster's list of payment methods counts as current for a store's checkout. A few minutes: the list
    /// changes rarely, and checkout pages render often.
    /// </summary>
    public static readonly TimeSpan AvailabilityFreshFor = TimeSpan.FromMinutes(5);

    /// <summary>After a failed fetch the method stays hidden this long before Ecster is asked again, so an outage is not hammered.</summary>
    public static readonly TimeSpan AvailabilityRetryAfterFailure = TimeSpan.FromSeconds(30);

    /// <summary>The longest a checkout page waits for Ecster's payment methods; after that the method is hidden.</summary>
    public static readonly TimeSpan AvailabilityCheckTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The longest the admin's "Test connection" waits for Ecster.</summary>
    public static readonly TimeSpan ConnectionTestTimeout = TimeSpan.FromSeconds(20);
}
