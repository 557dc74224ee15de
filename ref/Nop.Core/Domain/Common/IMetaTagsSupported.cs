// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Domain/Common/IMetaTagsSupported.cs
namespace Nop.Core.Domain.Common;

public partial interface IMetaTagsSupported
{
    string MetaKeywords { get; set; }

    string MetaDescription { get; set; }

    string MetaTitle { get; set; }
}
