// Mirrors nopCommerce 4.90.3 src/Presentation/Nop.Web.Framework/Mvc/ModelBinding/IModelAttribute.cs
namespace Nop.Web.Framework.Mvc.ModelBinding;

public partial interface IModelAttribute
{
    string Name { get; }
}
