// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/Plugins/PluginDescriptor.cs
using System.Reflection;

namespace Nop.Services.Plugins;

// The descriptor data a plugin can read (plugin.json's fields and what the loader adds); the JSON attributes and
// the loading methods are left out. The lists are never null, as in the real class.
public partial class PluginDescriptor : PluginDescriptorBaseInfo, IDescriptor, IComparable<PluginDescriptor>
{
    public PluginDescriptor()
    {
        SupportedVersions = new List<string>();
        LimitedToStores = new List<int>();
        LimitedToCustomerRoles = new List<int>();
        DependsOn = new List<string>();
    }

    public int CompareTo(PluginDescriptor other) => throw null!;

    public virtual string Group { get; set; }

    public virtual string FriendlyName { get; set; }

    public virtual IList<string> SupportedVersions { get; set; }

    public virtual string Author { get; set; }

    public virtual int DisplayOrder { get; set; }

    public virtual string AssemblyFileName { get; set; }

    public virtual string Description { get; set; }

    public virtual IList<int> LimitedToStores { get; set; }

    public virtual IList<int> LimitedToCustomerRoles { get; set; }

    public virtual IList<string> DependsOn { get; set; }

    public virtual bool Installed { get; set; }

    public virtual Type PluginType { get; set; }

    public virtual string OriginalAssemblyFile { get; set; }

    public virtual IList<string> PluginFiles { get; set; }

    public virtual Assembly ReferencedAssembly { get; set; }

    public virtual bool ShowInPluginsList { get; set; } = true;
}
