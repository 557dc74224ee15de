// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/Plugins/PluginDescriptorBaseInfo.cs
namespace Nop.Services.Plugins;

// SystemName and Version only; the identity overrides (Equals, GetHashCode) and GetBaseInfoCopy are left out.
public partial class PluginDescriptorBaseInfo : IComparable<PluginDescriptorBaseInfo>
{
    public virtual string SystemName { get; set; }

    public virtual string Version { get; set; }

    public int CompareTo(PluginDescriptorBaseInfo other) => throw null!;
}
