using Ecster.Client.Models;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Services.Common;
using Nop.Services.Directory;
using NopOrder = Nop.Core.Domain.Orders.Order;

namespace Nop.Plugin.Payments.Ecster.Services.Contact;

/// <summary>
/// Reads the delivery recipient and contact details from nopCommerce: the shipping address, else the billing
/// address (an order picked up in store has no shipping address), and its e-mail and phone. Nothing is invented:
/// a field nopCommerce does not hold is left out. The same source serves the create (the checkout's customer) and
/// every update (the saved order), because an update re-sends every attribute and Ecster deletes what it lacks.
/// </summary>
public class OrderContactSource
{
    private readonly IAddressService _addressService;
    private readonly ICountryService _countryService;

    public OrderContactSource(IAddressService addressService, ICountryService countryService)
    {
        _addressService = addressService;
        _countryService = countryService;
    }

    /// <summary>At checkout: the addresses the shopper chose, which nopCommerce keeps on the customer until the order is saved.</summary>
    public Task<OrderContact> ForCheckoutAsync(Customer customer) =>
        ReadAsync(customer.ShippingAddressId, customer.BillingAddressId, customer.Email);

    /// <summary>For a saved order: the order's own copies of the addresses.</summary>
    public Task<OrderContact> ForOrderAsync(NopOrder order) =>
        ReadAsync(order.ShippingAddressId, order.BillingAddressId, null);

    private async Task<OrderContact> ReadAsync(int? shippingAddressId, int? billingAddressId, string? customerEmail)
    {
        var delivery = await AddressAsync(shippingAddressId) ?? await AddressAsync(billingAddressId);
        if (delivery is null)
            return customerEmail is null ? OrderContact.None : new OrderContact(Contact(customerEmail, null), null);

        var contact = Contact(Blank(delivery.Email) ?? customerEmail, delivery.PhoneNumber);
        var country = delivery.CountryId is { } countryId ? await _countryService.GetCountryByIdAsync(countryId) : null;
        var recipient = new Recipient
        {
            Name = Blank(delivery.FirstName) is null && Blank(delivery.LastName) is null
                ? null
                : new PersonName { FirstName = Blank(delivery.FirstName), LastName = Blank(delivery.LastName) },
            Address = new PostalAddress
            {
                Line1 = Blank(delivery.Address1),
                Line2 = Blank(delivery.Address2),
                City = Blank(delivery.City),
                Zip = Blank(delivery.ZipPostalCode),
                Country = Blank(country?.TwoLetterIsoCode)
            },
            ContactInfo = contact
        };
        return new OrderContact(contact, recipient);
    }

    private async Task<Address?> AddressAsync(int? id) =>
        id is { } value and > 0 ? await _addressService.GetAddressByIdAsync(value) : null;

    private static ContactInfo? Contact(string? email, string? phone)
    {
        var number = Blank(phone);
        if (Blank(email) is null && number is null)
            return null;
        var info = new ContactInfo { Email = Blank(email) };
        // nopCommerce keeps one phone number; Ecster tells a mobile (cellular) from a landline (phone). A Swedish
        // mobile number starts 07 (or +467 / 00467); anything else is sent as a phone, never guessed to be a mobile.
        if (number is not null)
        {
            if (IsSwedishMobile(number))
                info.Cellular = new PhoneNumber { Number = number };
            else
                info.Phone = new PhoneNumber { Number = number };
        }
        return info;
    }

    internal static bool IsSwedishMobile(string number)
    {
        var digits = new string(number.Where(c => char.IsDigit(c) || c == '+').ToArray());
        return digits.StartsWith("07", StringComparison.Ordinal)
               || digits.StartsWith("+467", StringComparison.Ordinal)
               || digits.StartsWith("00467", StringComparison.Ordinal);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
