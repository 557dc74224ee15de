// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/Plugins/IPlugin.cs
namespace Nop.Services.Plugins;

public partial interface IPlugin
{
    string GetConfigurationPageUrl();

    PluginDescriptor PluginDescriptor { get; set; }

    Task InstallAsync();

    Task InstallSampleDataAsync();

    Task UninstallAsync();

    Task UpdateAsync(string currentVersion, string targetVersion);

    Task PreparePluginToUninstallAsync();
}
