// Mirrors nopCommerce 4.90.3 src/Presentation/Nop.Web.Framework/Mvc/Filters/CheckPermissionAttribute.cs
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Nop.Web.Framework.Mvc.Filters;

// The attribute's data only (a test can read which permissions an action demands); the filter checks nothing here.
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class CheckPermissionAttribute : TypeFilterAttribute
{
    public CheckPermissionAttribute(string permissionSystemName, CheckPermissionResultType resultType = CheckPermissionResultType.Default) : base(typeof(CheckPermissionFilter))
    {
        PermissionSystemName.Add(permissionSystemName);
        ResultType = resultType;
    }

    public CheckPermissionAttribute(string[] permissionSystemNames, CheckPermissionResultType resultType = CheckPermissionResultType.Default) : base(typeof(CheckPermissionFilter))
    {
        PermissionSystemName.AddRange(permissionSystemNames);
        ResultType = resultType;
    }

    public List<string> PermissionSystemName { get; } = new();

    public CheckPermissionResultType ResultType { get; }

    private class CheckPermissionFilter : IAsyncAuthorizationFilter
    {
        public Task OnAuthorizationAsync(AuthorizationFilterContext context) => throw null!;
    }

    public enum CheckPermissionResultType
    {
        Default = 0,
        Html = 1,
        Text = 2,
        Json = 3
    }
}
