// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Domain/Directory/CurrencySettings.cs
using Nop.Core.Configuration;

namespace Nop.Core.Domain.Directory;

public partial class CurrencySettings : ISettings
{
    public bool DisplayCurrencyLabel { get; set; }

    public int PrimaryStoreCurrencyId { get; set; }

    public int PrimaryExchangeRateCurrencyId { get; set; }

    public string ActiveExchangeRateProviderSystemName { get; set; }

    public bool AutoUpdateEnabled { get; set; }

    public bool DisplayCurrencySymbolInCurrencySelector { get; set; }
}
