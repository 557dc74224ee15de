// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Domain/Security/ProxySettings.cs
using Nop.Core.Configuration;

namespace Nop.Core.Domain.Security;

public partial class ProxySettings : ISettings
{
    public bool Enabled { get; set; }

    public string Address { get; set; }

    public string Port { get; set; }

    public string Username { get; set; }

    public string Password { get; set; }

    public bool BypassOnLocal { get; set; }

    public bool PreAuthenticate { get; set; }
}
