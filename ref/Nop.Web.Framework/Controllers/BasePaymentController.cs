// Mirrors nopCommerce 4.90.3 src/Presentation/Nop.Web.Framework/Controllers/BasePaymentController.cs
namespace Nop.Web.Framework.Controllers;

public abstract partial class BasePaymentController : BasePluginController;
