// Mirrors nopCommerce 4.90.3 src/Presentation/Nop.Web.Framework/Controllers/BasePluginController.cs
namespace Nop.Web.Framework.Controllers;

public abstract partial class BasePluginController : BaseController;
