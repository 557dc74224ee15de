// Mirrors nopCommerce 4.90.3 src/Presentation/Nop.Web.Framework/Models/ILocalizedLocaleModel.cs
namespace Nop.Web.Framework.Models;

public partial interface ILocalizedLocaleModel
{
    int LanguageId { get; set; }
}
