// Mirrors nopCommerce 4.90.3 src/Presentation/Nop.Web.Framework/Models/BaseNopEntityModel.cs
namespace Nop.Web.Framework.Models;

public partial record BaseNopEntityModel : BaseNopModel
{
    public virtual int Id { get; set; }
}
