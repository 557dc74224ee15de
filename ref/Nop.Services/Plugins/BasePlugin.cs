// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/Plugins/BasePlugin.cs
namespace Nop.Services.Plugins;

// The plugin overrides these and calls base.X(); they do nothing here so unit tests can run those calls.
public abstract partial class BasePlugin : IPlugin
{
    public virtual string GetConfigurationPageUrl() => null;

    public virtual PluginDescriptor PluginDescriptor { get; set; }

    public virtual Task InstallAsync() => Task.CompletedTask;

    public virtual Task InstallSampleDataAsync() => Task.CompletedTask;

    public virtual Task UninstallAsync() => Task.CompletedTask;

    public virtual Task UpdateAsync(string currentVersion, string targetVersion) => Task.CompletedTask;

    public virtual Task PreparePluginToUninstallAsync() => Task.CompletedTask;
}
