using System.Net;
using Ecster.Sandbox.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Ecster.Sandbox.Tests;

public sealed class OrderTests : SandboxTest
{
    [Test]
    public async Task Create_answers_201_with_the_order_in_the_shape_of_the_contracts_example()
    {
        var created = await Flows.CreateOrderAsync(Api, amount: 1_249_900, reference: "3f1c0b9e");
        var order = (JObject)created.Response.Json;
        Assert.Multiple(() =>
        {
            // docs §7.3: these fields and no others (no debit consent: Ecster's order shows none).
            Assert.That(order.Properties().Select(p => p.Name), Is.EquivalentTo(new[]
            {
                "id", "merchantId", "status", "properties", "created", "amount", "currency", "debitedAmount", "creditedAmount",
                "orderReference", "consumer", "transactions"
            }));
            Assert.That((string?)order["id"], Does.StartWith("ECS-"));
            Assert.That((string?)order["merchantId"], Is.EqualTo("sandbox-merchant"));
            Assert.That((string?)order["orderReference"], Is.EqualTo("3f1c0b9e"));
            Assert.That((string?)order["status"], Is.EqualTo("READY"));
            Assert.That((string?)order["currency"], Is.EqualTo("SEK"));
            Assert.That((long)order["amount"]!, Is.EqualTo(1_249_900));
            Assert.That((long)order["debitedAmount"]!, Is.EqualTo(0));
            Assert.That((long)order["creditedAmount"]!, Is.EqualTo(0));
            Assert.That((string?)order["properties"]!["method"], Is.EqualTo("PARTPAYMENT"));
            Assert.That((string?)order["properties"]!["submethod"], Is.EqualTo("PARTPAYMENT_SE_1"));
            Assert.That((long)order["properties"]!["startFee"]!, Is.EqualTo(0));
            Assert.That((string?)order["consumer"]!["nationalId"], Is.EqualTo("SE811218-9801"));
            Assert.That((string?)order["consumer"]!["name"]!["firstName"], Is.EqualTo("Anna"));
            Assert.That((string?)order["consumer"]!["name"]!["lastName"], Is.EqualTo("Andersson"));
            Assert.That((string?)order["consumer"]!["address"]!["line1"], Is.Not.Empty);
            Assert.That(order["consumer"]!["contactInfo"], Is.Not.Null);
            Assert.That((JArray)order["transactions"]!, Is.Empty);
            Assert.That(DateTimeOffset.Parse((string)order["created"]!, System.Globalization.CultureInfo.InvariantCulture), Is.Not.EqualTo(default(DateTimeOffset)));
        });
        var held = Sandbox.Inspector.FindOrder(created.Id)!;
        Assert.That(held.PaymentOptionId, Is.EqualTo(created.OptionId));
        Assert.That(held.TermCode, Is.EqualTo("PP12"));
    }

    [Test]
    public async Task A_consumer_of_100_or_more_has_the_plus_separator()
    {
        var created = await Flows.CreateOrderAsync(Api, amount: 100_000, person: People.Greta, code: "INV");
        Assert.That((string?)created.Response.Json["consumer"]!["nationalId"], Is.EqualTo("SE121212+9801"));
    }

    [Test]
    public async Task The_same_create_again_is_another_order_as_Ecster_promises_no_idempotency()
    {
        var created = await Flows.CreateOrderAsync(Api, reference: "ref-1", amount: 100_000, code: "INV");
        var option = await Flows.OptionAsync(Api, created.Ticket, 100_000, "INV");
        var again = JObject.FromObject(created.Body);
        again["paymentOption"] = (string)option["id"]!;

        var second = await Api.PostAsync("orders", again.ToString());

        Assert.That(second.Status, Is.EqualTo(HttpStatusCode.Created), second.Text);
        Assert.That(second.Header("x-idempotent-replay"), Is.Null);
        Assert.That((string?)second.Json["id"], Is.Not.EqualTo(created.Id));
        var found = await Api.GetAsync("orders/?orderReference=ref-1");
        Assert.That(found.Json.Select(o => (string?)o["id"]), Is.EqualTo(new[] { created.Id, (string?)second.Json["id"] }));
    }

    [Test]
    public async Task The_create_keeps_its_attributes_and_a_sales_person_alone_makes_no_in_person_sale()
    {
        var ticket = await Flows.TicketAsync(Api, People.Anna);
        var option = await Flows.OptionAsync(Api, ticket, 100_000, "PP12");
        var response = await Api.PostAsync("orders", $$"""
            { "ticket": "{{ticket}}", "paymentOption": "{{option["id"]}}", "orderReference": "attrs",
              "cart": {{JObject.FromObject(Flows.Cart(100_000))}},
              "contactInfo": { "email": "anna@example.se", "cellular": { "number": "0701234567" } },
              "recipient": { "name": { "firstName": "Anna", "lastName": "Andersson" },
                             "address": { "line1": "Storgatan 1", "line2": "lgh 1102", "city": "Stockholm", "zip": "11122", "country": "SE" },
                             "contactInfo": { "email": "anna@example.se", "cellular": { "number": "0701234567" } } },
              "notificationURL": "https://shop.example/ecster/notification",
              "salesPerson": "staff-17", "parameters": {}, "tags": [], "openReservation": false }
            """);

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.Created), response.Text);
        var held = Sandbox.Inspector.FindOrder((string)response.Json["id"]!)!;
        Assert.Multiple(() =>
        {
            Assert.That(held.InPerson, Is.False, "the ticket was not in person: a salesPerson is an attribute only");
            Assert.That(held.SalesPerson, Is.EqualTo("staff-17"));
            Assert.That(held.NotificationUrl, Is.EqualTo("https://shop.example/ecster/notification"));
            Assert.That(held.Attributes.Recipient!.Address!.Line2, Is.EqualTo("lgh 1102"));
            Assert.That(held.Attributes.ContactInfo!.Cellular!.Number, Is.EqualTo("0701234567"));
            Assert.That(response.Json["debitConsent"], Is.Null);
        });
        Assert.That((await Flows.TransactionAsync(Api, held.Id, "DEBIT", 100_000)).Status, Is.EqualTo(HttpStatusCode.Created),
            "an e-commerce ticket's order needs no debit consent");
    }

    [Test]
    public async Task An_in_person_ticket_makes_the_order_a_store_sale_with_or_without_a_sales_person()
    {
        var ticket = await Flows.InPersonTicketAsync(Api, People.Anna);
        var option = await Flows.OptionAsync(Api, ticket, 100_000, "INV");
        var response = await Api.PostAsync("orders", new
        {
            orderReference = "no-sales-person", ticket, paymentOption = (string)option["id"]!, cart = Flows.Cart(100_000),
        });

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.Created), response.Text);
        var id = (string)response.Json["id"]!;
        Assert.That(Sandbox.Inspector.FindOrder(id)!.InPerson, Is.True);
        (await Flows.TransactionAsync(Api, id, "DEBIT", 100_000)).ShouldBeError(HttpStatusCode.BadRequest, 4426);
    }

    [Test]
    public async Task A_recipient_is_refused_when_the_payment_option_does_not_allow_an_alternate_one()
    {
        var ticket = await Flows.TicketAsync(Api, People.Anna);
        var invoice = await Flows.OptionAsync(Api, ticket, 100_000, "INV");
        Assert.That((bool)invoice["allowAlternateRecipient"]!, Is.False);
        var recipient = new { name = new { firstName = "Bo", lastName = "Berg" }, address = new { line1 = "Gatan 2", city = "Lund", zip = "22222", country = "SE" } };

        var refused = await Api.PostAsync("orders", new
        {
            orderReference = "r1", ticket, paymentOption = (string)invoice["id"]!, cart = Flows.Cart(100_000), recipient,
        });
        refused.ShouldBeError(HttpStatusCode.BadRequest, 4432);

        var created = await Api.PostAsync("orders", new
        {
            orderReference = "r1", ticket, paymentOption = (string)invoice["id"]!, cart = Flows.Cart(100_000),
        });
        Assert.That(created.Status, Is.EqualTo(HttpStatusCode.Created), created.Text);
        var update = await Api.PutAsync($"orders/{(string)created.Json["id"]!}", new { orderReference = "r1", cart = Flows.Cart(100_000), recipient });
        update.ShouldBeError(HttpStatusCode.BadRequest, 4432);
    }

    [Test]
    public async Task An_order_for_another_amount_than_the_option_is_not_available()
    {
        var ticket = await Flows.TicketAsync(Api, People.Anna);
        var option = await Flows.OptionAsync(Api, ticket, 100_000, "INV");
        var response = await Api.PostAsync("orders", new
        {
            orderReference = "r", ticket, paymentOption = (string)option["id"]!, cart = Flows.Cart(100_100),
        });
        response.ShouldBeError(HttpStatusCode.BadRequest, 4431);
    }

    [Test]
    public async Task Bertil_cannot_create_an_order_with_another_consumers_option()
    {
        var annasTicket = await Flows.TicketAsync(Api, People.Anna);
        var option = await Flows.OptionAsync(Api, annasTicket, 100_000, "INV");
        var bertilsTicket = await Flows.TicketAsync(Api, People.Bertil);
        var response = await Api.PostAsync("orders", new
        {
            orderReference = "r", ticket = bertilsTicket, paymentOption = (string)option["id"]!, cart = Flows.Cart(100_000),
        });
        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.BadRequest), response.Text);
    }

    /// <summary>A full re-send (docs §7.5) of <paramref name="created"/> with another cart and, when given, option.</summary>
    private static object Resend(Flows.CreatedOrder created, long amount, string? paymentOption = null) => new
    {
        orderReference = (string)created.Response.Json["orderReference"]!,
        paymentOption,
        cart = Flows.Cart(amount),
    };

    private async Task<ApiResponse> CreateWithCartAsync(object cart, long optionAmount = 100_000)
    {
        var ticket = await Flows.TicketAsync(Api, People.Anna);
        var option = await Flows.OptionAsync(Api, ticket, optionAmount, "INV");
        return await Api.PostAsync("orders", new { orderReference = Guid.NewGuid().ToString(), ticket, paymentOption = (string)option["id"]!, cart });
    }

    [Test]
    public async Task Rows_that_do_not_add_up_are_rejected()
    {
        var cart = new { amount = 100_000, currency = "SEK", rows = new[] { new { name = "A", quantity = 2, unitAmount = 40_000, vatRate = 2500, discountAmount = 0 } } };
        (await CreateWithCartAsync(cart)).ShouldBeError(HttpStatusCode.BadRequest, 4002);
    }

    [Test]
    public async Task Quantities_discounts_and_negative_discount_rows_add_up()
    {
        var cart = new
        {
            amount = 100_000, currency = "SEK",
            rows = new object[]
            {
                new { partNumber = "A", name = "A", quantity = 3, unitAmount = 40_000, vatRate = 2500, discountAmount = 10_000 },
                new { partNumber = "RABATT", name = "Rabatt", quantity = 1, unitAmount = -10_000, vatRate = 2500, discountAmount = 0 },
            },
        };
        Assert.That((await CreateWithCartAsync(cart)).Status, Is.EqualTo(HttpStatusCode.Created));
    }

    [TestCase(2400)]
    [TestCase(-600)]
    public async Task Only_the_four_VAT_rates_are_accepted(int vatRate)
    {
        var cart = new { amount = 100_000, currency = "SEK", rows = new[] { new { name = "A", quantity = 1, unitAmount = 100_000, vatRate } } };
        (await CreateWithCartAsync(cart)).ShouldBeError(HttpStatusCode.BadRequest, 4002);
    }

    [Test]
    public async Task A_part_number_longer_than_32_characters_is_rejected_and_32_is_fine()
    {
        object Cart(string partNumber) => new { amount = 100_000, currency = "SEK", rows = new[] { new { partNumber, name = "A", quantity = 1, unitAmount = 100_000, vatRate = 2500 } } };
        (await CreateWithCartAsync(Cart(new string('x', 33)))).ShouldBeError(HttpStatusCode.BadRequest, 4000);
        Assert.That((await CreateWithCartAsync(Cart(new string('x', 32)))).Status, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task A_non_positive_amount_or_quantity_is_rejected()
    {
        var zero = new { amount = 0, currency = "SEK", rows = new[] { new { name = "A", quantity = 1, unitAmount = 0, vatRate = 2500 } } };
        var noQuantity = new { amount = 100_000, currency = "SEK", rows = new[] { new { name = "A", quantity = 0, unitAmount = 100_000, vatRate = 2500 } } };
        (await CreateWithCartAsync(zero)).ShouldBeError(HttpStatusCode.BadRequest, 4000);
        (await CreateWithCartAsync(noQuantity)).ShouldBeError(HttpStatusCode.BadRequest, 4000);
    }

    [Test]
    public async Task Broken_JSON_is_a_validation_error()
    {
        (await Api.PostAsync("orders", "{\"orderReference\": ")).ShouldBeError(HttpStatusCode.BadRequest, 4000);
    }

    [Test]
    public async Task An_order_is_read_by_id_and_by_reference()
    {
        var created = await Flows.CreateOrderAsync(Api, reference: "find-me");

        var byId = await Api.GetAsync($"orders/{created.Id}");
        var byReference = await Api.GetAsync("orders/?orderReference=find-me");
        var none = await Api.GetAsync("orders/?orderReference=nobody");

        Assert.That((string?)byId.Json["id"], Is.EqualTo(created.Id));
        Assert.That(byReference.Json.Type, Is.EqualTo(JTokenType.Array), "search answers a bare array");
        Assert.That(byReference.Json.Select(o => (string?)o["id"]), Is.EqualTo(new[] { created.Id }));
        Assert.That((JArray)none.Json, Is.Empty);
        (await Api.GetAsync("orders/ECS-1")).ShouldBeError(HttpStatusCode.NotFound, 4040);
    }

    [Test]
    public async Task Update_is_allowed_while_READY_even_after_a_partial_annul_and_refused_once_annulled()
    {
        var created = await Flows.CreateOrderAsync(Api, amount: 1_249_900);
        await Flows.TransactionAsync(Api, created.Id, "ANNUL", 49_900);

        var updated = await Api.PutAsync($"orders/{created.Id}", Resend(created, 1_200_000));
        Assert.That(updated.Status, Is.EqualTo(HttpStatusCode.OK), updated.Text);
        Assert.That((string?)updated.Json["status"], Is.EqualTo("READY"));
        Assert.That(Sandbox.Inspector.FindOrder(created.Id)!.RemainingAmount, Is.EqualTo(1_200_000 - 49_900));

        await Flows.TransactionAsync(Api, created.Id, "ANNUL", null);
        var refused = await Api.PutAsync($"orders/{created.Id}", Resend(created, 1_100_000));
        refused.ShouldBeError(HttpStatusCode.BadRequest, 4424);
    }

    [Test]
    public async Task Update_changes_the_cart_before_any_debit_and_is_refused_after()
    {
        var created = await Flows.CreateOrderAsync(Api, amount: 1_249_900);

        var updated = await Api.PutAsync($"orders/{created.Id}", Resend(created, 1_200_000));
        Assert.That(updated.Status, Is.EqualTo(HttpStatusCode.OK), updated.Text);
        Assert.That((long)updated.Json["amount"]!, Is.EqualTo(1_200_000));
        Assert.That(Sandbox.Inspector.FindOrder(created.Id)!.RemainingAmount, Is.EqualTo(1_200_000));

        await Flows.TransactionAsync(Api, created.Id, "DEBIT", 100_000);
        var refused = await Api.PutAsync($"orders/{created.Id}", Resend(created, 1_100_000));
        refused.ShouldBeError(HttpStatusCode.BadRequest, 4424);
    }

    [Test]
    public async Task Update_above_the_consumers_limit_is_over_credit_limit()
    {
        var created = await Flows.CreateOrderAsync(Api, amount: 400_000, person: People.Fredrik, code: "PP12");
        var response = await Api.PutAsync($"orders/{created.Id}", Resend(created, 600_000));
        response.ShouldBeError(HttpStatusCode.BadRequest, 4501);
    }

    [Test]
    public async Task Update_can_switch_to_another_option_for_the_same_ticket_and_amount()
    {
        var created = await Flows.CreateOrderAsync(Api, amount: 1_249_900, code: "PP12");
        var other = await Flows.OptionAsync(Api, created.Ticket, 1_249_900, "PP24");
        var response = await Api.PutAsync($"orders/{created.Id}", Resend(created, 1_249_900, (string)other["id"]!));
        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.OK), response.Text);
        Assert.That(Sandbox.Inspector.FindOrder(created.Id)!.TermCode, Is.EqualTo("PP24"));
    }

    [Test]
    public async Task An_update_replaces_every_attribute_so_what_it_leaves_out_is_deleted()
    {
        var created = await Flows.CreateOrderAsync(Api, amount: 1_249_900, notificationUrl: "https://shop.example/n", channel: "STORE");
        Assert.That(Sandbox.Inspector.FindOrder(created.Id)!.SalesPerson, Is.EqualTo("staff-17"));

        var response = await Api.PutAsync($"orders/{created.Id}", Resend(created, 1_249_900));

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.OK), response.Text);
        var held = Sandbox.Inspector.FindOrder(created.Id)!;
        Assert.That(held.NotificationUrl, Is.Null);
        Assert.That(held.SalesPerson, Is.Null);
        Assert.That(held.InPerson, Is.True, "an update does not turn a store sale into an e-commerce one");
    }

    [Test]
    public async Task An_update_without_its_cart_or_reference_is_refused()
    {
        var created = await Flows.CreateOrderAsync(Api, amount: 1_249_900);
        (await Api.PutAsync($"orders/{created.Id}", new { orderReference = "r" })).ShouldBeError(HttpStatusCode.BadRequest, 4000);
        (await Api.PutAsync($"orders/{created.Id}", new { cart = Flows.Cart(1_249_900) })).ShouldBeError(HttpStatusCode.BadRequest, 4000);
    }

    [Test]
    public async Task The_order_reference_can_be_changed_even_to_another_orders_reference()
    {
        var first = await Flows.CreateOrderAsync(Api, reference: "uuid-1");
        await Flows.CreateOrderAsync(Api, reference: "uuid-2");

        var renamed = await Api.PutAsync($"orders/{first.Id}/orderReference", new { orderReference = "1042" });
        Assert.That((string?)renamed.Json["orderReference"], Is.EqualTo("1042"));
        Assert.That((string?)(await Api.GetAsync("orders/?orderReference=1042")).Json[0]!["id"], Is.EqualTo(first.Id));

        var clash = await Api.PutAsync($"orders/{first.Id}/orderReference", new { orderReference = "uuid-2" });
        // Ecster promises no unique references (docs §1), so the sandbox keeps none unique either.
        Assert.That(clash.Status, Is.EqualTo(HttpStatusCode.OK), clash.Text);
        Assert.That((await Api.GetAsync("orders/?orderReference=uuid-2")).Json.Count(), Is.EqualTo(2));
    }
}
