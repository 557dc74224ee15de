// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Configuration/ISettings.cs
namespace Nop.Core.Configuration;

public partial interface ISettings;
