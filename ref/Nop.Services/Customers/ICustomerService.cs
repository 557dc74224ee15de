// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/Customers/ICustomerService.cs
using Nop.Core.Domain.Customers;

namespace Nop.Services.Customers;

// Finding a customer and the role checks a plugin needs.
public partial interface ICustomerService
{
    Task<Customer> GetCustomerByIdAsync(int customerId);

    Task<IList<Customer>> GetCustomersByIdsAsync(int[] customerIds);

    Task<Customer> GetCustomerByGuidAsync(Guid customerGuid);

    Task<Customer> GetCustomerByEmailAsync(string email);

    Task<string> GetCustomerFullNameAsync(Customer customer);

    Task<bool> IsAdminAsync(Customer customer, bool onlyActiveCustomerRoles = true);

    Task<bool> IsRegisteredAsync(Customer customer, bool onlyActiveCustomerRoles = true);

    Task<bool> IsGuestAsync(Customer customer, bool onlyActiveCustomerRoles = true);
}
