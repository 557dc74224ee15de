using System.Net;
using Ecster.Client.Models;
using Ecster.Client.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Ecster.Client.Tests.Operations;

public class OrderTests
{
    internal static Cart SampleCart() => new()
    {
        Amount = 12499.00m,
        Currency = "SEK",
        Message = "Order 1042",
        Rows =
        [
            new CartRow { PartNumber = "SKU-1", Name = "Soffa \"Lyx\", grå", Quantity = 1, UnitAmount = 11999m, VatRate = 25m, DiscountAmount = 0m, Fee = false },
            new CartRow { PartNumber = "Shipping", Name = "Frakt", Quantity = 1, UnitAmount = 500m, VatRate = 25m, DiscountAmount = 0m, Fee = true }
        ]
    };

    [Test]
    public void The_order_model_reads_the_documented_fields_and_no_debit_consent()
    {
        // docs §7.3: Ecster's order shows no debit consent; the plugin records a signed one itself (docs §8).
        var read = typeof(Order).GetProperties()
            .Where(p => p.SetMethod is not null && !p.IsDefined(typeof(System.Text.Json.Serialization.JsonIgnoreAttribute), false))
            .Select(p => p.GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonPropertyNameAttribute), false)
                .Cast<System.Text.Json.Serialization.JsonPropertyNameAttribute>().SingleOrDefault()?.Name
                ?? char.ToLowerInvariant(p.Name[0]) + p.Name[1..]);

        Assert.That(read, Is.EquivalentTo(new[]
        {
            "id", "merchantId", "orderReference", "status", "currency", "amount", "debitedAmount", "creditedAmount",
            "properties", "consumer", "transactions", "created"
        }));
    }

    [Test]
    public void A_null_the_caller_left_in_a_request_is_not_sent_and_Ecster_answers_it()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.BadRequest,
            """{ "code": "INVALID_REQUEST", "message": "rows[0].name is required", "type": "VALIDATION" }""");
        var client = TestClients.Create(handler);
        var cart = SampleCart();
        cart.Rows[0].Name = null!;

        var error = Assert.ThrowsAsync<EcsterApiException>(() => client.CreateOrderAsync(new CreateOrderRequest
        {
            OrderReference = "ref-null-name", Ticket = "tkt-1", PaymentOption = "opt-1", Cart = cart
        }))!;

        var row = (JObject)RequestAssert.JsonBody(handler.Requests.Single())["cart"]!["rows"]![0]!;
        Assert.That(row.ContainsKey("name"), Is.False);
        Assert.That(error.Kind, Is.EqualTo(EcsterErrorKind.InvalidRequest));
        Assert.That(error.Code, Is.EqualTo("INVALID_REQUEST"));
    }

    internal static ContactInfo SampleContact() => new() { Email = "anna@example.se", Cellular = new PhoneNumber { Number = "0701234567" } };

    internal static Recipient SampleRecipient() => new()
    {
        Name = new PersonName { FirstName = "Anna", LastName = "Andersson" },
        Address = new PostalAddress { Line1 = "Storgatan 1", Line2 = "lgh 1102", City = "Stockholm", Zip = "11122", Country = "SE" },
        ContactInfo = SampleContact()
    };

    [Test]
    public async Task CreateOrder_posts_the_body_of_the_contracts_example()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.Created, EcsterJsonSamples.Order);
        var client = TestClients.Create(handler);

        await client.CreateOrderAsync(new CreateOrderRequest
        {
            Ticket = "eYBtAD0wTZIzDWkVpGhe",
            PaymentOption = "po-1a2b3c",
            OrderReference = "3f1c0b9e7d2a4c55",
            Cart = SampleCart(),
            ContactInfo = SampleContact(),
            Recipient = SampleRecipient(),
            NotificationUrl = "https://shop.example/ecster/notification",
            SalesPerson = "staff-17"
        });

        var request = handler.Requests.Single();
        RequestAssert.IsCall(request, HttpMethod.Post, "/rest/public/v1/orders");
        var body = RequestAssert.JsonBody(request);
        // docs §7.2: exactly these names; no channel, no paymentOptionId, notificationURL with its capitals.
        RequestAssert.HasFields(body, "ticket", "paymentOption", "orderReference", "cart", "contactInfo", "recipient", "notificationURL", "salesPerson");
        var cart = (JObject)body["cart"]!;
        var row = (JObject)cart["rows"]![0]!;
        var recipient = (JObject)body["recipient"]!;
        Assert.Multiple(() =>
        {
            Assert.That((string?)body["ticket"], Is.EqualTo("eYBtAD0wTZIzDWkVpGhe"));
            Assert.That((string?)body["paymentOption"], Is.EqualTo("po-1a2b3c"));
            Assert.That((string?)body["orderReference"], Is.EqualTo("3f1c0b9e7d2a4c55"));
            Assert.That((string?)body["notificationURL"], Is.EqualTo("https://shop.example/ecster/notification"));
            Assert.That((string?)body["salesPerson"], Is.EqualTo("staff-17"));
            Assert.That(JToken.DeepEquals(body["contactInfo"], JObject.Parse("""{ "email": "anna@example.se", "cellular": { "number": "0701234567" } }""")),
                Is.True, body["contactInfo"]!.ToString());
            Assert.That(JToken.DeepEquals(recipient, JObject.Parse("""
                { "name": { "firstName": "Anna", "lastName": "Andersson" },
                  "address": { "line1": "Storgatan 1", "line2": "lgh 1102", "city": "Stockholm", "zip": "11122", "country": "SE" },
                  "contactInfo": { "email": "anna@example.se", "cellular": { "number": "0701234567" } } }
                """)), Is.True, recipient.ToString());
            Assert.That((long)cart["amount"]!, Is.EqualTo(1249900));
            Assert.That((string?)cart["currency"], Is.EqualTo("SEK"));
            Assert.That((string?)cart["message"], Is.EqualTo("Order 1042"));
            Assert.That(cart["rows"]!.Count(), Is.EqualTo(2));
            Assert.That(row.Properties().Select(p => p.Name),
                Is.EquivalentTo(new[] { "partNumber", "name", "quantity", "unitAmount", "vatRate", "discountAmount", "fee" }));
            Assert.That((string?)row["partNumber"], Is.EqualTo("SKU-1"));
            Assert.That((string?)row["name"], Is.EqualTo("Soffa \"Lyx\", grå"));
            Assert.That((int)row["quantity"]!, Is.EqualTo(1));
            Assert.That(row["unitAmount"]!.Type, Is.EqualTo(JTokenType.Integer));
            Assert.That((long)row["unitAmount"]!, Is.EqualTo(1199900));
            Assert.That(row["vatRate"]!.Type, Is.EqualTo(JTokenType.Integer));
            Assert.That((long)row["vatRate"]!, Is.EqualTo(2500));
            Assert.That((long)row["discountAmount"]!, Is.EqualTo(0));
            Assert.That((bool)row["fee"]!, Is.False);
            Assert.That((bool)cart["rows"]![1]!["fee"]!, Is.True);
        });
    }

    [Test]
    public async Task An_e_commerce_create_leaves_out_what_it_does_not_have()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.Created, EcsterJsonSamples.Order);
        var client = TestClients.Create(handler);

        await client.CreateOrderAsync(new CreateOrderRequest { Ticket = "t", PaymentOption = "o", OrderReference = "r", Cart = SampleCart() });

        RequestAssert.HasFields(RequestAssert.JsonBody(handler.Requests.Single()), "ticket", "paymentOption", "orderReference", "cart");
    }

    [Test]
    public async Task An_order_answer_maps_every_field_of_the_contracts_example()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.OK, EcsterJsonSamples.Order);
        var client = TestClients.Create(handler);

        var order = await client.GetOrderAsync("zburxHFw0xQmyOmVOrcq");

        RequestAssert.IsCall(handler.Requests.Single(), HttpMethod.Get, "/rest/public/v1/orders/zburxHFw0xQmyOmVOrcq");
        Assert.Multiple(() =>
        {
            Assert.That(order.Id, Is.EqualTo("zburxHFw0xQmyOmVOrcq"));
            Assert.That(order.MerchantId, Is.EqualTo("100646739"));
            Assert.That(order.Status, Is.EqualTo(OrderStatus.Ready));
            Assert.That(order.Properties!.Method, Is.EqualTo(PaymentMethodType.Invoice));
            Assert.That(order.Properties.Submethod, Is.EqualTo("INVOICE_SE_1"));
            Assert.That(order.Properties.StartFee, Is.EqualTo(29m));
            Assert.That(order.Properties.DirectDebit, Is.False);
            Assert.That(order.Properties.DueDays, Is.EqualTo(14));
            Assert.That(order.CreatedAt, Is.EqualTo(new DateTimeOffset(2019, 1, 13, 20, 50, 4, TimeSpan.FromHours(1))));
            Assert.That(order.Amount, Is.EqualTo(329m));
            Assert.That(order.Currency, Is.EqualTo("SEK"));
            Assert.That(order.DebitedAmount, Is.EqualTo(0m));
            Assert.That(order.CreditedAmount, Is.EqualTo(0m));
            Assert.That(order.OrderReference, Is.EqualTo("orderReferenceDefValue"));
            Assert.That(order.Consumer!.NationalId, Is.EqualTo(PersonalIdentityNumber.Parse("19480502-4876")));
            Assert.That(order.Consumer.Name!.FirstName, Is.EqualTo("Claes"));
            Assert.That(order.Consumer.Name.LastName, Is.EqualTo("Kauppi"));
            Assert.That(order.Consumer.Address!.Line1, Is.EqualTo("Vindög 4"));
            Assert.That(order.Consumer.Address.City, Is.EqualTo("Nymölla"));
            Assert.That(order.Consumer.Address.Zip, Is.EqualTo("29513"));
            Assert.That(order.Consumer.ContactInfo!.Email, Is.EqualTo("pada09@ecster.se"));
            Assert.That(order.Consumer.ContactInfo.Cellular!.Number, Is.EqualTo("0707333444"));
            Assert.That(order.Consumer.ContactInfo.Phone!.Number, Is.Null);
            Assert.That(order.Transactions.Single().Id, Is.EqualTo("n2XxuckFwp6qL8NQSGAU"));
            Assert.That(order.Transactions[0].Type, Is.EqualTo("ORIGINAL"), "an unknown type is kept as sent");
            Assert.That(order.Transactions[0].Amount, Is.EqualTo(329m));
            Assert.That(order.Transactions[0].CreatedAt, Is.EqualTo(new DateTimeOffset(2019, 1, 13, 20, 50, 4, TimeSpan.FromHours(1))));
            Assert.That(order.Transactions[0].Rows!.Single().UnitAmount, Is.EqualTo(300m));
            // Ecster sends no residual: the client computes it (docs §7.3).
            Assert.That(order.AnnulledAmount, Is.EqualTo(0m));
            Assert.That(order.RemainingAmount, Is.EqualTo(329m));
        });
    }

    [TestCase("READY", 10000, 0, 0, 100)]
    [TestCase("PARTIALLY_DELIVERED", 10000, 4000, 0, 60)]
    [TestCase("PARTIALLY_DELIVERED", 10000, 4000, 1000, 50)]
    [TestCase("FULLY_DELIVERED", 10000, 4000, 6000, 0)]
    [TestCase("ANNULLED", 10000, 0, 10000, 0)]
    [TestCase("SOME_NEW_STATUS", 10000, 0, 0, 0)]
    public async Task The_remaining_amount_is_computed_from_debits_and_annuls(string status, long amount, long debited, long annulled, decimal remaining)
    {
        var annul = annulled == 0 ? "" : $$"""{ "id": "A", "type": "ANNUL", "amount": {{annulled}}, "created": "2019-01-13T20:50:04+01:00" }""";
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.OK, $$"""
            { "id": "o", "status": "{{status}}", "amount": {{amount}}, "debitedAmount": {{debited}}, "creditedAmount": 0,
              "transactions": [ {{annul}} ] }
            """);
        var client = TestClients.Create(handler);

        var order = await client.GetOrderAsync("o");

        Assert.That(order.Status, Is.EqualTo(status), "an unknown status is kept");
        Assert.That(order.AnnulledAmount, Is.EqualTo(annulled / 100m));
        Assert.That(order.RemainingAmount, Is.EqualTo(remaining));
    }

    [Test]
    public async Task FindOrdersByReference_queries_by_escaped_reference()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.OK, $$"""[ {{EcsterJsonSamples.Order}} ]""");
        var client = TestClients.Create(handler);

        var orders = await client.FindOrdersByReferenceAsync("ref 1&x");

        RequestAssert.IsCall(handler.Requests.Single(), HttpMethod.Get, "/rest/public/v1/orders/?orderReference=ref%201%26x");
        Assert.That(orders.Single().Id, Is.EqualTo("zburxHFw0xQmyOmVOrcq"));
    }

    [Test]
    public async Task FindOrdersByReference_maps_an_empty_list()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.OK, "[]");
        var client = TestClients.Create(handler);

        Assert.That(await client.FindOrdersByReferenceAsync("none"), Is.Empty);
    }

    [Test]
    public void FindOrdersByReference_does_not_take_a_wrapped_list_for_the_documented_bare_array()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.OK, """{ "orders": [] }""");
        var client = TestClients.Create(handler);

        var error = Assert.ThrowsAsync<EcsterApiException>(() => client.FindOrdersByReferenceAsync("none"))!;
        Assert.That(error.Kind, Is.EqualTo(EcsterErrorKind.MalformedResponse));
    }

    [Test]
    public async Task UpdateOrder_puts_every_attribute_again_and_the_option_only_when_given()
    {
        var handler = new FakeEcsterHandler()
            .Respond(HttpStatusCode.OK, EcsterJsonSamples.Order)
            .Respond(HttpStatusCode.OK, EcsterJsonSamples.Order);
        var client = TestClients.Create(handler);
        UpdateOrderRequest Update(string? option) => new()
        {
            PaymentOption = option, OrderReference = "3f1c0b9e7d2a4c55", Cart = SampleCart(), ContactInfo = SampleContact(),
            Recipient = SampleRecipient(), NotificationUrl = "https://shop.example/ecster/notification", SalesPerson = "staff-17"
        };

        await client.UpdateOrderAsync("zburxHFw0xQmyOmVOrcq", Update("po-4d5e6f"));
        await client.UpdateOrderAsync("zburxHFw0xQmyOmVOrcq", Update(null));

        RequestAssert.IsCall(handler.Requests[0], HttpMethod.Put, "/rest/public/v1/orders/zburxHFw0xQmyOmVOrcq");
        var first = RequestAssert.JsonBody(handler.Requests[0]);
        // docs §7.5: create's body without the ticket.
        RequestAssert.HasFields(first, "paymentOption", "orderReference", "cart", "contactInfo", "recipient", "notificationURL", "salesPerson");
        Assert.That((string?)first["paymentOption"], Is.EqualTo("po-4d5e6f"));
        var second = RequestAssert.JsonBody(handler.Requests[1]);
        RequestAssert.HasFields(second, "orderReference", "cart", "contactInfo", "recipient", "notificationURL", "salesPerson");
        Assert.That((long)second["cart"]!["amount"]!, Is.EqualTo(1249900));
        Assert.That((string?)second["recipient"]!["address"]!["line1"], Is.EqualTo("Storgatan 1"));
    }

    [Test]
    public void UpdateOrder_without_a_cart_is_refused_before_sending_because_Ecster_would_delete_it()
    {
        var handler = new FakeEcsterHandler();
        var client = TestClients.Create(handler);

        Assert.ThrowsAsync<ArgumentNullException>(() => client.UpdateOrderAsync("o", new UpdateOrderRequest { Cart = null! }));
        Assert.That(handler.Requests, Is.Empty);
    }

    [Test]
    public async Task UpdateOrderReference_puts_the_reference()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.OK, EcsterJsonSamples.Order);
        var client = TestClients.Create(handler);

        var order = await client.UpdateOrderReferenceAsync("ECS-100042", "1042");

        var request = handler.Requests.Single();
        RequestAssert.IsCall(request, HttpMethod.Put, "/rest/public/v1/orders/ECS-100042/orderReference");
        var body = RequestAssert.JsonBody(request);
        RequestAssert.HasFields(body, "orderReference");
        Assert.That((string?)body["orderReference"], Is.EqualTo("1042"));
        Assert.That(order.Id, Is.EqualTo("zburxHFw0xQmyOmVOrcq"));
    }
}
