// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/Plugins/IDescriptor.cs
namespace Nop.Services.Plugins;

public partial interface IDescriptor
{
    string SystemName { get; set; }

    string FriendlyName { get; set; }
}
