using System.Collections.Concurrent;
using Moq;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Directory;
using Nop.Plugin.Payments.Ecster.Services.Contact;
using Nop.Services.Common;
using Nop.Services.Directory;

namespace Ecster.Integration.Tests;

/// <summary>nopCommerce's addresses and countries as a store holds them: Sweden is country 1.</summary>
public sealed class NopAddresses
{
    public static readonly Country Sweden = new() { Id = 1, Name = "Sweden", TwoLetterIsoCode = "SE", ThreeLetterIsoCode = "SWE" };

    public ConcurrentDictionary<int, Address> ById { get; } = new();

    public Address Add(Address address)
    {
        address.Id = ById.Count + 1;
        ById[address.Id] = address;
        return address;
    }

    public OrderContactSource NewSource()
    {
        var addresses = new Mock<IAddressService>();
        addresses.Setup(a => a.GetAddressByIdAsync(It.IsAny<int>())).ReturnsAsync((int id) => ById.GetValueOrDefault(id)!);
        var countries = new Mock<ICountryService>();
        countries.Setup(c => c.GetCountryByIdAsync(Sweden.Id)).ReturnsAsync(Sweden);
        return new OrderContactSource(addresses.Object, countries.Object);
    }

    /// <summary>Anna's delivery address, as a shopper types it at checkout.</summary>
    public static Address Anna() => new()
    {
        FirstName = "Anna", LastName = "Andersson", Email = "anna@example.se", PhoneNumber = "070-123 45 67",
        Address1 = "Storgatan 1", Address2 = "lgh 1102", City = "Stockholm", ZipPostalCode = "111 22", CountryId = Sweden.Id
    };
}
