using Ecster.Client;
using Ecster.Client.Models;
using Ecster.Client.Notifications;

namespace Ecster.Integration.Tests;

/// <summary>
/// The whole payment life cycle of docs/ecster-api.md through the typed client against the sandbox:
/// methods, terms, BankID identification, ticket, options, order, update, reference, debit consent, debit,
/// partial credit, annul of the rest, and the notifications Ecster sends for each change.
/// </summary>
public class LifeCycleTests
{
    private static readonly PersonalIdentityNumber Anna = PersonalIdentityNumber.Parse("19811218-9801");

    private SandboxFixture _fixture = null!;
    private NotificationReceiver _receiver = null!;

    [SetUp]
    public async Task SetUp()
    {
        _fixture = await SandboxFixture.StartAsync();
        _receiver = await NotificationReceiver.StartAsync();
    }

    [TearDown]
    public async Task TearDown()
    {
        await _receiver.DisposeAsync();
        await _fixture.DisposeAsync();
    }

    private static Cart CartOf(decimal product, decimal shipping) => new()
    {
        Amount = product + shipping,
        Message = "Order 1042",
        Rows =
        [
            new CartRow { PartNumber = "SOFA-1", Name = "Soffa \"Lyx\", grå", Quantity = 1, UnitAmount = product, VatRate = 25m },
            new CartRow { PartNumber = "Shipping", Name = "Frakt", Quantity = 1, UnitAmount = shipping, VatRate = 25m, Fee = true }
        ]
    };

    [Test]
    public async Task Store_purchase_from_identification_to_annul_moves_exactly_the_agreed_amounts()
    {
        var client = _fixture.Client();

        // 1-2: what Ecster offers, and its terms.
        var methods = await client.GetPaymentMethodsAsync(new PaymentMethodsQuery { Amount = 12_499m, InPerson = true });
        Assert.That(methods.PaymentMethods.Select(m => m.Name),
            Is.EquivalentTo(new[] { PaymentMethodType.Invoice, PaymentMethodType.PartPayment }));
        Assert.That(methods.PaymentMethods[0].IdentificationMethods, Has.Member(IdentificationMethod.DriversLicense));
        var terms = await client.GetPaymentMethodTermsAsync(new PaymentMethodTermsQuery { Amount = 12_499m });
        Assert.That(terms.Figures.Months, Is.GreaterThan(1));

        // 3: mobile BankID on the consumer's phone, started by the personal number and collected at Ecster's poll time.
        var start = await client.StartEidAsync(new StartEidRequest { Type = IdentificationMethod.MobileBankId, NationalId = Anna });
        Assert.That(start.Status, Is.EqualTo(EidStatus.OutstandingTransaction));
        Assert.That(start.PollTime, Is.GreaterThan(0));
        var done = start;
        while (done.IsPending)
            done = await client.CollectEidAsync(done.Id);
        Assert.That(done.Status, Is.EqualTo(EidStatus.Complete));

        // 4-5: ticket (consumer and sales person together), and options for the exact amount.
        var request = CreateTicketRequest.ForEid(IdentificationMethod.MobileBankId, done.Id, Anna);
        request.InPerson = true;
        var ticket = await client.CreateTicketAsync(request);
        Assert.That(ticket.Consumer!.NationalId, Is.EqualTo(Anna));
        Assert.That(ticket.Consumer.Name!.FirstName, Is.EqualTo("Anna"));
        var options = await client.GetPaymentOptionsAsync(new PaymentOptionsRequest { Ticket = ticket.Id, Amount = 12_499m });
        var partPayments = options.Options.Where(o => o.PaymentMethod == PaymentMethodType.PartPayment).ToList();
        Assert.That(partPayments, Has.Count.GreaterThanOrEqualTo(2));

        // 6: the order, in a physical store.
        var order = await client.CreateOrderAsync(new CreateOrderRequest
        {
            OrderReference = Guid.NewGuid().ToString(),
            Ticket = ticket.Id,
            PaymentOption = partPayments[0].Id,
            SalesPerson = "staff-17",
            Cart = CartOf(11_999m, 500m),
            NotificationUrl = _receiver.Url.ToString()
        });
        Assert.That(order.Status, Is.EqualTo(OrderStatus.Ready));
        Assert.That(order.Amount, Is.EqualTo(12_499m));
        Assert.That(order.RemainingAmount, Is.EqualTo(12_499m));

        // 7: the shopper changes to another option; the shop sets its own order number.
        // An update sends every attribute again (docs §7.5), the new option with them.
        order = await client.UpdateOrderAsync(order.Id, new UpdateOrderRequest
        {
            PaymentOption = partPayments[1].Id,
            OrderReference = order.OrderReference,
            SalesPerson = "staff-17",
            Cart = CartOf(11_999m, 500m),
            NotificationUrl = _receiver.Url.ToString()
        });
        Assert.That(order.Properties!.Method, Is.EqualTo(PaymentMethodType.PartPayment));
        Assert.That(order.Status, Is.EqualTo(OrderStatus.Ready));
        order = await client.UpdateOrderReferenceAsync(order.Id, "1042");
        Assert.That(order.OrderReference, Is.EqualTo("1042"));

        // 8: no debit before the consumer consents; then a BankID-signed consent.
        var refused = Assert.ThrowsAsync<EcsterApiException>(() =>
            client.DebitAsync(order.Id, new DebitRequest { Amount = 5_000m, TransactionReference = "debit-0" }));
        Assert.That(refused!.Code, Is.EqualTo(EcsterErrorCode.DebitConsentRequired));
        var consent = await client.StartDebitConsentAsync(order.Id);
        Assert.That(consent.Status, Is.EqualTo(SignatureStatus.OutstandingTransaction));
        Assert.That(consent.StartUrl, Does.StartWith("bankid:///"));
        Assert.That(consent.PollTime, Is.GreaterThan(0));
        for (var poll = 0; poll < 20 && SignatureStatus.IsPending(consent.Status); poll++)
            consent = await client.CollectDebitConsentAsync(order.Id, consent.Id);
        Assert.That(consent.Status, Is.EqualTo(SignatureStatus.Complete));

        // 9: debit part, credit part of that, annul the rest.
        var debit = await client.DebitAsync(order.Id, new DebitRequest { Amount = 5_000m, TransactionReference = "debit-1" });
        Assert.That(debit.OrderStatus, Is.EqualTo(OrderStatus.PartiallyDelivered));
        Assert.That((await client.GetOrderAsync(order.Id)).DebitedAmount, Is.EqualTo(5_000m));

        var credit = await client.CreditAsync(order.Id, new CreditRequest
        {
            Amount = 1_250.50m, DebitTransaction = debit.Transaction.Id, TransactionReference = "credit-1"
        });
        Assert.That((await client.GetOrderAsync(order.Id)).CreditedAmount, Is.EqualTo(1_250.50m));

        var annul = await client.AnnulAsync(order.Id, new AnnulRequest { TransactionReference = "annul-1" });
        Assert.That(annul.Transaction.Amount, Is.EqualTo(7_499m));
        Assert.That(annul.OrderStatus, Is.EqualTo(OrderStatus.FullyDelivered));
        Assert.That((await client.GetOrderAsync(order.Id)).RemainingAmount, Is.Zero);

        var final = await client.GetOrderAsync(order.Id);
        Assert.That(final.Transactions.Select(t => t.Type), Is.EqualTo(new[] { TransactionType.Debit, TransactionType.Credit, TransactionType.Annul }));
        Assert.That((await client.FindOrdersByReferenceAsync("1042")).Single().Id, Is.EqualTo(order.Id));

        // 10: a notification for each change reached the shop's endpoint.
        var parsedAll = await _receiver.WaitUntilAsync(bodies => bodies.Count(b => b.Contains("\"ANNUL\"")) >= 1);
        Assert.That(parsedAll, Is.True, "the annul notification arrived");
        var events = _receiver.Bodies.Select(body =>
        {
            Assert.That(EcsterNotificationParser.TryParse(body, out var notification, out var error), Is.True, error);
            Assert.That(notification!.OrderId, Is.EqualTo(order.Id));
            return notification.Event;
        }).ToList();
        Assert.That(events, Is.SupersetOf(new[]
        {
            NotificationEvent.OrderCreated, NotificationEvent.OrderUpdated, NotificationEvent.DebitConsentSigned,
            NotificationEvent.PartialDebit, NotificationEvent.Credit, NotificationEvent.Annul
        }));
    }

    [Test]
    public async Task A_declined_consumer_gets_a_declined_error_and_no_order()
    {
        var client = _fixture.Client();
        var ticket = await SandboxIdentity.TicketAsync(client, "19750505-9803");

        var error = Assert.ThrowsAsync<EcsterApiException>(() =>
            client.GetPaymentOptionsAsync(new PaymentOptionsRequest { Ticket = ticket.Id, Amount = 5_000m }));

        Assert.That(error!.Kind, Is.EqualTo(EcsterErrorKind.Declined));
        Assert.That(error.Code, Is.EqualTo(EcsterErrorCode.CreditDeclined));
        Assert.That(_fixture.Sandbox.Inspector.Orders, Is.Empty);
    }

    [Test]
    public async Task A_cancelled_BankID_ends_with_the_users_status()
    {
        var done = await SandboxIdentity.IdentifyAsync(_fixture.Client(), "19900101-9802");

        Assert.That(done.Status, Is.EqualTo(EidStatus.UserCancel));
        Assert.That(done.IsComplete, Is.False);
    }

    [Test]
    public async Task Wrong_keys_are_an_authentication_error()
    {
        var client = _fixture.Client(o => o.ApiKey = "not-the-key");

        var error = Assert.ThrowsAsync<EcsterApiException>(() => client.GetPaymentMethodsAsync(new PaymentMethodsQuery { Amount = 1_000m }));

        Assert.That(error!.Kind, Is.EqualTo(EcsterErrorKind.Authentication));
        Assert.That(error.Message, Does.Not.Contain("not-the-key"));
    }
}
