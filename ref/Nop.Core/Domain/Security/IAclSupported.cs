// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Domain/Security/IAclSupported.cs
namespace Nop.Core.Domain.Security;

public partial interface IAclSupported
{
    bool SubjectToAcl { get; set; }
}
