// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/Cms/IWidgetPlugin.cs
using Nop.Services.Plugins;

namespace Nop.Services.Cms;

public partial interface IWidgetPlugin : IPlugin
{
    bool HideInWidgetList { get; }

    Task<IList<string>> GetWidgetZonesAsync();

    Type GetWidgetViewComponent(string widgetZone);
}
