// Mirrors nopCommerce 4.90.3 src/Presentation/Nop.Web.Framework/Mvc/Filters/AuthorizeAdminAttribute.cs
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Nop.Web.Framework.Mvc.Filters;

// The attribute's data only (a test can read it off a controller); the filter does not authorise anything here.
public sealed class AuthorizeAdminAttribute : TypeFilterAttribute
{
    public AuthorizeAdminAttribute(bool ignore = false) : base(typeof(AuthorizeAdminFilter))
    {
        IgnoreFilter = ignore;
    }

    public bool IgnoreFilter { get; }

    private class AuthorizeAdminFilter : IAsyncAuthorizationFilter
    {
        public Task OnAuthorizationAsync(AuthorizationFilterContext context) => throw null!;
    }
}
