// Mirrors nopCommerce 4.90.3 src/Presentation/Nop.Web.Framework/Mvc/Routing/IRouteProvider.cs
using Microsoft.AspNetCore.Routing;

namespace Nop.Web.Framework.Mvc.Routing;

public partial interface IRouteProvider
{
    void RegisterRoutes(IEndpointRouteBuilder endpointRouteBuilder);

    int Priority { get; }
}
