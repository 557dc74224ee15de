// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/Security/IPermissionService.cs
using Nop.Core.Domain.Customers;

namespace Nop.Services.Security;

// Authorisation by permission system name; the PermissionRecord members are left out.
public partial interface IPermissionService
{
    Task<bool> AuthorizeAsync(string permissionRecordSystemName);

    Task<bool> AuthorizeAsync(string permissionRecordSystemName, Customer customer);

    Task<bool> AuthorizeAsync(string permissionRecordSystemName, int customerRoleId);
}
