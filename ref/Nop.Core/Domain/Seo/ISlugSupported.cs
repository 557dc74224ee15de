// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Domain/Seo/ISlugSupported.cs
namespace Nop.Core.Domain.Seo;

public partial interface ISlugSupported;
