using Ecster.Sandbox;
using Nop.Core.Domain.Common;

namespace Ecster.Integration.Tests.Checkout;

/// <summary>
/// The Ecster order carries the shopper's delivery recipient and contact details from nopCommerce's checkout
/// (docs §7.2): the shipping address, else the billing address; nothing invented, nothing logged.
/// </summary>
public class OrderContactTests
{
    private const string Anna = "19811218-9801";

    private SandboxFixture _fixture = null!;

    [TearDown]
    public async Task TearDown() => await _fixture.DisposeAsync();

    private async Task<CheckoutHarness> StartAsync()
    {
        _fixture = await SandboxFixture.StartAsync();
        return new CheckoutHarness(_fixture);
    }

    /// <summary>A part payment: the sandbox's part-payment options allow an alternate recipient (docs §6).</summary>
    private static string PartPayment(Nop.Plugin.Payments.Ecster.Services.Checkout.CheckoutStep step) => step.Options.First(o => o.Months > 1).Id;

    [Test]
    public async Task An_option_that_allows_no_alternate_recipient_gets_the_contact_details_but_no_recipient()
    {
        var checkout = await StartAsync();
        checkout.Customer.ShippingAddressId = checkout.Addresses.Add(NopAddresses.Anna()).Id;
        var step = await checkout.IdentifyWithBankIdAsync(Anna);
        var invoice = step.Options.Single(o => o.PaymentMethod == "INVOICE");

        var (_, result) = await checkout.ChooseAndPlaceAsync(invoice.Id);

        // The sandbox refuses a recipient the option does not allow (4432), as Ecster may: the create leaves it out.
        Assert.That(result.Errors, Is.Empty);
        var attributes = _fixture.Sandbox.Inspector.Orders.Single().Attributes;
        Assert.That(attributes.Recipient, Is.Null);
        Assert.That(attributes.ContactInfo!.Email, Is.EqualTo("anna@example.se"));
    }

    [Test]
    public async Task The_order_goes_to_the_shipping_address_with_the_shoppers_email_and_mobile()
    {
        var checkout = await StartAsync();
        checkout.Customer.BillingAddressId = checkout.Addresses.Add(new Address { FirstName = "Bill", LastName = "Payer", City = "Uppsala", CountryId = 1 }).Id;
        checkout.Customer.ShippingAddressId = checkout.Addresses.Add(NopAddresses.Anna()).Id;
        var step = await checkout.IdentifyWithBankIdAsync(Anna);

        var (_, result) = await checkout.ChooseAndPlaceAsync(PartPayment(step));

        Assert.That(result.Errors, Is.Empty);
        var attributes = _fixture.Sandbox.Inspector.Orders.Single().Attributes;
        Assert.Multiple(() =>
        {
            Assert.That(attributes.ContactInfo!.Email, Is.EqualTo("anna@example.se"));
            Assert.That(attributes.ContactInfo.Cellular!.Number, Is.EqualTo("070-123 45 67"), "a Swedish mobile number is the cellular");
            Assert.That(attributes.ContactInfo.Phone, Is.Null);
            var recipient = attributes.Recipient!;
            Assert.That(recipient.Name!.FirstName, Is.EqualTo("Anna"));
            Assert.That(recipient.Name.LastName, Is.EqualTo("Andersson"));
            Assert.That(recipient.Address!.Line1, Is.EqualTo("Storgatan 1"));
            Assert.That(recipient.Address.Line2, Is.EqualTo("lgh 1102"));
            Assert.That(recipient.Address.City, Is.EqualTo("Stockholm"));
            Assert.That(recipient.Address.Zip, Is.EqualTo("111 22"));
            Assert.That(recipient.Address.Country, Is.EqualTo("SE"));
            Assert.That(recipient.ContactInfo!.Email, Is.EqualTo("anna@example.se"));
        });
    }

    [Test]
    public async Task Without_a_shipping_address_the_billing_address_is_the_recipient_and_nothing_is_invented()
    {
        var checkout = await StartAsync();
        checkout.Customer.Email = "anna@kund.se";
        checkout.Customer.BillingAddressId = checkout.Addresses.Add(new Address
        {
            FirstName = "Anna", LastName = "Andersson", Address1 = "Kungsgatan 2", City = "Göteborg", ZipPostalCode = "41119",
            PhoneNumber = "031-12 34 56"
        }).Id;
        var step = await checkout.IdentifyWithBankIdAsync(Anna);

        await checkout.ChooseAndPlaceAsync(PartPayment(step));

        var attributes = _fixture.Sandbox.Inspector.Orders.Single().Attributes;
        Assert.Multiple(() =>
        {
            Assert.That(attributes.Recipient!.Address!.Line1, Is.EqualTo("Kungsgatan 2"));
            Assert.That(attributes.Recipient.Address.Line2, Is.Null);
            Assert.That(attributes.Recipient.Address.Country, Is.Null, "no country on the address, none sent");
            Assert.That(attributes.ContactInfo!.Email, Is.EqualTo("anna@kund.se"), "the customer's e-mail when the address has none");
            Assert.That(attributes.ContactInfo.Phone!.Number, Is.EqualTo("031-12 34 56"), "a landline is a phone, not a cellular");
            Assert.That(attributes.ContactInfo.Cellular, Is.Null);
        });
    }

    [Test]
    public async Task A_guest_with_nothing_on_file_sends_no_contact_details()
    {
        var checkout = await StartAsync();
        var step = await checkout.IdentifyWithBankIdAsync(Anna);

        await checkout.ChooseAndPlaceAsync(PartPayment(step));

        var attributes = _fixture.Sandbox.Inspector.Orders.Single().Attributes;
        Assert.That(attributes.ContactInfo, Is.Null);
        Assert.That(attributes.Recipient, Is.Null);
    }

    [Test]
    public async Task The_contact_details_never_reach_a_log_or_a_note()
    {
        var checkout = await StartAsync();
        checkout.Customer.ShippingAddressId = checkout.Addresses.Add(NopAddresses.Anna()).Id;
        var step = await checkout.IdentifyWithBankIdAsync(Anna);

        var (request, _) = await checkout.ChooseAndPlaceAsync(PartPayment(step));

        var notes = string.Join(" ", await checkout.Journal.TakeAsync(request.OrderGuid));
        var logged = string.Join(" ", checkout.NopLog.Invocations.SelectMany(i => i.Arguments).Select(a => a?.ToString()));
        foreach (var personal in new[] { "anna@example.se", "Storgatan", "070-123", "111 22" })
        {
            Assert.That(notes, Does.Not.Contain(personal));
            Assert.That(logged, Does.Not.Contain(personal));
        }
    }
}
