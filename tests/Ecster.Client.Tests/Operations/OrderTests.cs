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
    public void A_null_the_caller_left_in_a_request_is_not_sent_and_Ecster_answers_it()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.BadRequest,
            """{ "code": "INVALID_REQUEST", "message": "rows[0].name is required", "type": "VALIDATION" }""");
        var client = TestClients.Create(handler);
        var cart = SampleCart();
        cart.Rows[0].Name = null!;

        var error = Assert.ThrowsAsync<EcsterApiException>(() => client.CreateOrderAsync(new CreateOrderRequest
        {
            OrderReference = "ref-null-name", Ticket = "tkt-1", PaymentOptionId = "opt-1", Cart = cart
        }))!;

        var row = (JObject)RequestAssert.JsonBody(handler.Requests.Single())["cart"]!["rows"]![0]!;
        Assert.That(row.ContainsKey("name"), Is.False);
        Assert.That(error.Kind, Is.EqualTo(EcsterErrorKind.InvalidRequest));
        Assert.That(error.Code, Is.EqualTo("INVALID_REQUEST"));
    }

    [Test]
    public async Task CreateOrder_posts_the_documented_body_with_ore_and_hundredths()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.Created, EcsterJsonSamples.Order);
        var client = TestClients.Create(handler);

        await client.CreateOrderAsync(new CreateOrderRequest
        {
            OrderReference = "3f1c0b9e-ref",
            Ticket = "tkt-1",
            PaymentOptionId = "opt-1",
            Channel = Channel.Ecommerce,
            Cart = SampleCart(),
            NotificationUrl = "https://shop.example/ecster/notification"
        });

        var request = handler.Requests.Single();
        RequestAssert.IsCall(request, HttpMethod.Post, "/rest/public/v1/orders");
        var body = RequestAssert.JsonBody(request);
        RequestAssert.HasFields(body, "orderReference", "ticket", "paymentOptionId", "channel", "cart", "notificationUrl");
        var cart = (JObject)body["cart"]!;
        var row = (JObject)cart["rows"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That((string?)body["orderReference"], Is.EqualTo("3f1c0b9e-ref"));
            Assert.That((string?)body["ticket"], Is.EqualTo("tkt-1"));
            Assert.That((string?)body["paymentOptionId"], Is.EqualTo("opt-1"));
            Assert.That((string?)body["channel"], Is.EqualTo("ECOMMERCE"));
            Assert.That((string?)body["notificationUrl"], Is.EqualTo("https://shop.example/ecster/notification"));
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
    public async Task An_order_answer_maps_every_documented_field()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.OK, EcsterJsonSamples.Order);
        var client = TestClients.Create(handler);

        var order = await client.GetOrderAsync("ECS-100042");

        RequestAssert.IsCall(handler.Requests.Single(), HttpMethod.Get, "/rest/public/v1/orders/ECS-100042");
        Assert.Multiple(() =>
        {
            Assert.That(order.Id, Is.EqualTo("ECS-100042"));
            Assert.That(order.MerchantId, Is.EqualTo("sandbox-merchant"));
            Assert.That(order.OrderReference, Is.EqualTo("3f1c0b9e-ref"));
            Assert.That(order.Status, Is.EqualTo(OrderStatus.Ready));
            Assert.That(order.Channel, Is.EqualTo("ECOMMERCE"));
            Assert.That(order.Currency, Is.EqualTo("SEK"));
            Assert.That(order.Amount, Is.EqualTo(12499m));
            Assert.That(order.DebitedAmount, Is.EqualTo(0m));
            Assert.That(order.CreditedAmount, Is.EqualTo(0m));
            Assert.That(order.AnnulledAmount, Is.EqualTo(0m));
            Assert.That(order.RemainingAmount, Is.EqualTo(12499m));
            Assert.That(order.PaymentOption!.Id, Is.EqualTo("opt-1"));
            Assert.That(order.PaymentOption.Code, Is.EqualTo("PP12"));
            Assert.That(order.PaymentOption.PaymentMethod, Is.EqualTo("PART_PAYMENT"));
            Assert.That(order.PaymentOption.Months, Is.EqualTo(12));
            Assert.That(order.Properties!.Method, Is.EqualTo("PART_PAYMENT"));
            Assert.That(order.Properties.InvoiceFee, Is.EqualTo(0m));
            Assert.That(order.Consumer!.Name!.FirstName, Is.EqualTo("Anna"));
            Assert.That(order.DebitConsent!.Required, Is.False);
            Assert.That(order.DebitConsent.Status, Is.EqualTo(DebitConsentStatus.NotRequired));
            Assert.That(order.DebitConsent.MaxAmount, Is.Null);
            Assert.That(order.DebitConsent.SignedAt, Is.Null);
            Assert.That(order.Cart!.Amount, Is.EqualTo(12499m));
            Assert.That(order.Cart.Rows[0].UnitAmount, Is.EqualTo(11999m));
            Assert.That(order.Cart.Rows[0].VatRate, Is.EqualTo(25m));
            Assert.That(order.Cart.Rows[0].Description, Is.Null);
            Assert.That(order.Cart.Rows[1].Fee, Is.True);
            Assert.That(order.Transactions.Single().Id, Is.EqualTo("TX-1"));
            Assert.That(order.Transactions[0].Type, Is.EqualTo(TransactionType.Debit));
            Assert.That(order.Transactions[0].Amount, Is.EqualTo(500m));
            Assert.That(order.Transactions[0].TransactionReference, Is.EqualTo("cap-1"));
            Assert.That(order.Transactions[0].CreatedAt, Is.EqualTo(new DateTimeOffset(2026, 11, 25, 12, 5, 0, TimeSpan.Zero)));
            Assert.That(order.CreatedAt, Is.EqualTo(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero)));
            Assert.That(order.UpdatedAt, Is.EqualTo(new DateTimeOffset(2026, 11, 25, 12, 5, 0, TimeSpan.Zero)));
        });
    }

    [Test]
    public async Task FindOrdersByReference_queries_by_escaped_reference()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.OK, $$"""[ {{EcsterJsonSamples.Order}} ]""");
        var client = TestClients.Create(handler);

        var orders = await client.FindOrdersByReferenceAsync("ref 1&x");

        RequestAssert.IsCall(handler.Requests.Single(), HttpMethod.Get, "/rest/public/v1/orders/?orderReference=ref%201%26x");
        Assert.That(orders.Single().Id, Is.EqualTo("ECS-100042"));
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
    public async Task UpdateOrder_puts_only_the_fields_given()
    {
        var handler = new FakeEcsterHandler()
            .Respond(HttpStatusCode.OK, EcsterJsonSamples.Order)
            .Respond(HttpStatusCode.OK, EcsterJsonSamples.Order);
        var client = TestClients.Create(handler);

        await client.UpdateOrderAsync("ECS-100042", new UpdateOrderRequest { PaymentOptionId = "opt-2" });
        await client.UpdateOrderAsync("ECS-100042", new UpdateOrderRequest { Cart = SampleCart() });

        RequestAssert.IsCall(handler.Requests[0], HttpMethod.Put, "/rest/public/v1/orders/ECS-100042");
        var first = RequestAssert.JsonBody(handler.Requests[0]);
        RequestAssert.HasFields(first, "paymentOptionId");
        Assert.That((string?)first["paymentOptionId"], Is.EqualTo("opt-2"));
        var second = RequestAssert.JsonBody(handler.Requests[1]);
        RequestAssert.HasFields(second, "cart");
        Assert.That((long)second["cart"]!["amount"]!, Is.EqualTo(1249900));
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
        Assert.That(order.Id, Is.EqualTo("ECS-100042"));
    }
}
