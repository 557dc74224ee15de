using System.Net;
using Ecster.Sandbox.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Ecster.Sandbox.Tests;

public sealed class OrderTests : SandboxTest
{
    [Test]
    public async Task Create_answers_201_with_the_documented_order()
    {
        var created = await Flows.CreateOrderAsync(Api, amount: 1_249_900, reference: "3f1c0b9e");
        var order = created.Response.Json;
        Assert.Multiple(() =>
        {
            Assert.That((string?)order["id"], Does.StartWith("ECS-"));
            Assert.That((string?)order["merchantId"], Is.EqualTo("sandbox-merchant"));
            Assert.That((string?)order["orderReference"], Is.EqualTo("3f1c0b9e"));
            Assert.That((string?)order["status"], Is.EqualTo("READY"));
            Assert.That((string?)order["channel"], Is.EqualTo("ECOMMERCE"));
            Assert.That((string?)order["currency"], Is.EqualTo("SEK"));
            Assert.That((long)order["amount"]!, Is.EqualTo(1_249_900));
            Assert.That((long)order["debitedAmount"]!, Is.EqualTo(0));
            Assert.That((long)order["creditedAmount"]!, Is.EqualTo(0));
            Assert.That((long)order["annulledAmount"]!, Is.EqualTo(0));
            Assert.That((long)order["remainingAmount"]!, Is.EqualTo(1_249_900));
            Assert.That((string?)order["paymentOption"]!["id"], Is.EqualTo(created.OptionId));
            Assert.That((string?)order["paymentOption"]!["code"], Is.EqualTo("PP12"));
            Assert.That((int)order["paymentOption"]!["months"]!, Is.EqualTo(12));
            Assert.That((string?)order["properties"]!["method"], Is.EqualTo("PARTPAYMENT"));
            Assert.That((long)order["properties"]!["invoiceFee"]!, Is.EqualTo(0));
            Assert.That((string?)order["consumer"]!["name"]!["firstName"], Is.EqualTo("Anna"));
            Assert.That((bool)order["debitConsent"]!["required"]!, Is.False);
            Assert.That((string?)order["debitConsent"]!["status"], Is.EqualTo("NOT_REQUIRED"));
            Assert.That((long)order["cart"]!["amount"]!, Is.EqualTo(1_249_900));
            Assert.That((string?)order["cart"]!["rows"]![0]!["name"], Is.EqualTo("Soffa \"Lyx\", grå"));
            Assert.That((JArray)order["transactions"]!, Is.Empty);
            Assert.That((string?)order["createdAt"], Is.Not.Null);
            Assert.That((string?)order["updatedAt"], Is.Not.Null);
        });
    }

    [Test]
    public async Task The_same_create_again_answers_200_with_the_same_order_and_the_replay_header()
    {
        var created = await Flows.CreateOrderAsync(Api);
        var replay = await Api.PostAsync("orders", created.Body);

        Assert.That(replay.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(replay.Header("x-idempotent-replay"), Is.EqualTo("true"));
        Assert.That((string?)replay.Json["id"], Is.EqualTo(created.Id));
        Assert.That(Sandbox.Inspector.Orders, Has.Count.EqualTo(1));
        Assert.That(created.Response.Header("x-idempotent-replay"), Is.Null);
    }

    [Test]
    public async Task The_same_reference_with_other_content_is_a_conflict()
    {
        var created = await Flows.CreateOrderAsync(Api, reference: "ref-1");
        var other = JObject.FromObject(created.Body);
        other["cart"]!["message"] = "Another message";

        var response = await Api.PostAsync("orders", other.ToString());

        response.ShouldBeError(HttpStatusCode.Conflict, 4409);
        Assert.That(Sandbox.Inspector.Orders, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task An_order_for_another_amount_than_the_option_is_not_available()
    {
        var ticket = await Flows.TicketAsync(Api, People.Anna);
        var option = await Flows.OptionAsync(Api, ticket, 100_000, "INV");
        var response = await Api.PostAsync("orders", new
        {
            orderReference = "r", ticket, paymentOptionId = (string)option["id"]!, channel = "ECOMMERCE", cart = Flows.Cart(100_100),
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
            orderReference = "r", ticket = bertilsTicket, paymentOptionId = (string)option["id"]!, cart = Flows.Cart(100_000),
        });
        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.BadRequest), response.Text);
    }

    private async Task<ApiResponse> CreateWithCartAsync(object cart, long optionAmount = 100_000)
    {
        var ticket = await Flows.TicketAsync(Api, People.Anna);
        var option = await Flows.OptionAsync(Api, ticket, optionAmount, "INV");
        return await Api.PostAsync("orders", new { orderReference = Guid.NewGuid().ToString(), ticket, paymentOptionId = (string)option["id"]!, cart });
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

        var updated = await Api.PutAsync($"orders/{created.Id}", new { cart = Flows.Cart(1_200_000) });
        Assert.That(updated.Status, Is.EqualTo(HttpStatusCode.OK), updated.Text);
        Assert.That((string?)updated.Json["status"], Is.EqualTo("READY"));
        Assert.That((long)updated.Json["remainingAmount"]!, Is.EqualTo(1_200_000 - 49_900));

        await Flows.TransactionAsync(Api, created.Id, "ANNUL", null);
        var refused = await Api.PutAsync($"orders/{created.Id}", new { cart = Flows.Cart(1_100_000) });
        refused.ShouldBeError(HttpStatusCode.BadRequest, 4424);
    }

    [Test]
    public async Task Update_changes_the_cart_before_any_debit_and_is_refused_after()
    {
        var created = await Flows.CreateOrderAsync(Api, amount: 1_249_900);

        var updated = await Api.PutAsync($"orders/{created.Id}", new { cart = Flows.Cart(1_200_000) });
        Assert.That(updated.Status, Is.EqualTo(HttpStatusCode.OK), updated.Text);
        Assert.That((long)updated.Json["amount"]!, Is.EqualTo(1_200_000));
        Assert.That((long)updated.Json["remainingAmount"]!, Is.EqualTo(1_200_000));

        await Flows.TransactionAsync(Api, created.Id, "DEBIT", 100_000);
        var refused = await Api.PutAsync($"orders/{created.Id}", new { cart = Flows.Cart(1_100_000) });
        refused.ShouldBeError(HttpStatusCode.BadRequest, 4424);
    }

    [Test]
    public async Task Update_above_the_consumers_limit_is_over_credit_limit()
    {
        var created = await Flows.CreateOrderAsync(Api, amount: 400_000, person: People.Fredrik, code: "PP12");
        var response = await Api.PutAsync($"orders/{created.Id}", new { cart = Flows.Cart(600_000) });
        response.ShouldBeError(HttpStatusCode.BadRequest, 4501);
    }

    [Test]
    public async Task Update_can_switch_to_another_option_for_the_same_ticket_and_amount()
    {
        var created = await Flows.CreateOrderAsync(Api, amount: 1_249_900, code: "PP12");
        var other = await Flows.OptionAsync(Api, created.Ticket, 1_249_900, "PP24");
        var response = await Api.PutAsync($"orders/{created.Id}", new { paymentOptionId = (string)other["id"]! });
        Assert.That((string?)response.Json["paymentOption"]!["code"], Is.EqualTo("PP24"), response.Text);
    }

    [Test]
    public async Task The_order_reference_can_be_changed_and_cannot_take_another_orders_reference()
    {
        var first = await Flows.CreateOrderAsync(Api, reference: "uuid-1");
        await Flows.CreateOrderAsync(Api, reference: "uuid-2");

        var renamed = await Api.PutAsync($"orders/{first.Id}/orderReference", new { orderReference = "1042" });
        var clash = await Api.PutAsync($"orders/{first.Id}/orderReference", new { orderReference = "uuid-2" });

        Assert.That((string?)renamed.Json["orderReference"], Is.EqualTo("1042"));
        Assert.That((string?)(await Api.GetAsync("orders/?orderReference=1042")).Json[0]!["id"], Is.EqualTo(first.Id));
        clash.ShouldBeError(HttpStatusCode.Conflict, 4409);
    }
}
