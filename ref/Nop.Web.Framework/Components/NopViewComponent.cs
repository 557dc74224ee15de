// Mirrors nopCommerce 4.90.3 src/Presentation/Nop.Web.Framework/Components/NopViewComponent.cs
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;

namespace Nop.Web.Framework.Components;

// The plugin's view components return View(...); these hand straight to ASP.NET Core's own View so a unit test can
// call a component and inspect its result. nopCommerce's model-prepared event is not published here.
public abstract partial class NopViewComponent : ViewComponent
{
    public new ViewViewComponentResult View<TModel>(string viewName, TModel model) => base.View(viewName, model);

    public new ViewViewComponentResult View<TModel>(TModel model) => base.View(model);

    public new ViewViewComponentResult View(string viewName) => base.View(viewName);
}
