// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Domain/Cms/WidgetSettings.cs
using Nop.Core.Configuration;

namespace Nop.Core.Domain.Cms;

public partial class WidgetSettings : ISettings
{
    // The list is never null, as in the real settings class.
    public WidgetSettings()
    {
        ActiveWidgetSystemNames = new List<string>();
    }

    public List<string> ActiveWidgetSystemNames { get; set; }
}
