using System.Net;
using Newtonsoft.Json.Linq;

namespace Ecster.Sandbox.Tests.Support;

/// <summary>Multi-step journeys (identify, ticket, options, order) the tests build on.</summary>
public static class Flows
{
    /// <summary>A complete GET /paymentmethods (docs §2): every parameter in the query.</summary>
    public const string PaymentMethods = "paymentmethods?locale=sv-SE&nationality=SE&currency=SEK&amount=300000&inPerson=false";

    /// <summary>The eID start's nationalId (docs §4.1): SE + 10 digits, '+' for someone aged 100 or more.</summary>
    public static string EidNationalId(string personalNumber) =>
        personalNumber == People.Greta ? "SE121212+9801" : "SE" + People.Digits(personalNumber)[2..];

    /// <summary>The ticket's nationalId (docs §5): SE + YYMMDD-NNNN, '+' for someone aged 100 or more.</summary>
    public static string TicketNationalId(string personalNumber) =>
        personalNumber == People.Greta ? "SE121212+9801" : "SE" + personalNumber[2..];

    /// <summary>POST /identification/eid, then collects until it ends; the eID's id when COMPLETE.</summary>
    public static async Task<string> IdentifyAsync(SandboxApi api, string personalNumber, string type = "SE_BANKID_MOBILE")
    {
        var start = await api.PostAsync("identification/eid", new { type, nationalId = EidNationalId(personalNumber) });
        Assert.That(start.Status, Is.EqualTo(HttpStatusCode.OK), start.Text);
        var id = (string)start.Json["id"]!;
        for (var poll = 0; poll < 20; poll++)
        {
            var collect = await api.GetAsync($"identification/eid/{id}");
            var status = (string?)collect.Json["status"];
            if (status == "COMPLETE") return id;
            Assert.That(status, Is.AnyOf("OUTSTANDING_TRANSACTION", "USER_SIGN"), collect.Text);
        }
        Assert.Fail("BankID never completed");
        return "";
    }

    /// <summary>The body of a ticket for a complete eID.</summary>
    public static object EidTicket(string eidId, string personalNumber, bool inPerson = false, string method = "SE_BANKID_MOBILE") => new
    {
        identification = new { method, identifier = eidId },
        locale = new { language = "sv", country = "SE" },
        nationalId = TicketNationalId(personalNumber),
        inPerson
    };

    /// <summary>The body of a ticket for a document checked in person.</summary>
    public static object DocumentTicket(string personalNumber, string method, string number, int month, int year, bool inPerson = true) => new
    {
        identification = new { method, identifier = number, month, year },
        locale = new { language = "sv", country = "SE" },
        nationalId = TicketNationalId(personalNumber),
        inPerson
    };

    public static async Task<string> TicketAsync(SandboxApi api, string personalNumber)
    {
        var eidId = await IdentifyAsync(api, personalNumber);
        var ticket = await api.PostAsync("identification/tickets", EidTicket(eidId, personalNumber));
        Assert.That(ticket.Status, Is.EqualTo(HttpStatusCode.Created), ticket.Text);
        return (string)ticket.Json["id"]!;
    }

    /// <summary>A ticket with <c>inPerson: true</c> for a passport staff checked at the counter.</summary>
    public static async Task<string> InPersonTicketAsync(SandboxApi api, string personalNumber)
    {
        var ticket = await api.PostAsync("identification/tickets", DocumentTicket(personalNumber, "PASSPORT", "P1", 12, 2099));
        Assert.That(ticket.Status, Is.EqualTo(HttpStatusCode.Created), ticket.Text);
        return (string)ticket.Json["id"]!;
    }

    /// <summary>GET /paymentoptions/ with its query (docs §6); the channel is the order's, not an option's.</summary>
    public static Task<ApiResponse> OptionsAsync(SandboxApi api, string ticket, long amount, string channel = "ECOMMERCE", long invoiceFee = 0) =>
        api.GetAsync($"paymentoptions/?ticket={Uri.EscapeDataString(ticket)}&amount={amount}&currency=SEK&invoiceFee={invoiceFee}");

    /// <summary>The option for a sandbox term code: <c>INV</c> is the invoice, <c>PP12</c> part payment over 12 months.</summary>
    public static async Task<JObject> OptionAsync(SandboxApi api, string ticket, long amount, string code, string channel = "ECOMMERCE")
    {
        var options = await OptionsAsync(api, ticket, amount, channel);
        Assert.That(options.Status, Is.EqualTo(HttpStatusCode.OK), options.Text);
        return (JObject)options.Json["paymentOptions"]!.Single(o => Code((JObject)o) == code);
    }

    public static string Code(JObject option) => (string?)option["paymentMethod"] == "INVOICE"
        ? "INV"
        : "PP" + Term(option, "months");

    /// <summary>A localized term's display value (docs §3).</summary>
    public static string? Term(JObject option, string id) =>
        (string?)((JArray)option["localizedTerms"]!).SingleOrDefault(t => (string?)t["id"] == id)?["value"];

    /// <summary>A localized kronor figure back in öre: "1 156,84" is 115 684.</summary>
    public static long TermOre(JObject option, string id) =>
        (long)(decimal.Parse(Term(option, id)!.Replace(" ", "").Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture) * 100);

    /// <summary>A localized rate back in hundredths of a percent: "14,95" is 1495.</summary>
    public static int TermHundredths(JObject option, string id) => (int)TermOre(option, id);

    /// <summary>A cart of one product row and one shipping row adding up to <paramref name="amount"/>.</summary>
    public static object Cart(long amount, long shipping = 5_000) => new
    {
        amount,
        currency = "SEK",
        message = "Order 1042",
        rows = new object[]
        {
            new { partNumber = "SKU-1", name = "Soffa \"Lyx\", grå", quantity = 1, unitAmount = amount - shipping, vatRate = 2500, discountAmount = 0, fee = false },
            new { partNumber = "Shipping", name = "Frakt", quantity = 1, unitAmount = shipping, vatRate = 2500, discountAmount = 0, fee = true },
        },
    };

    public sealed record CreatedOrder(string Ticket, string OptionId, object Body, ApiResponse Response)
    {
        public string Id => (string)Response.Json["id"]!;
    }

    public static async Task<CreatedOrder> CreateOrderAsync(
        SandboxApi api, long amount = 1_249_900, string channel = "ECOMMERCE", string? reference = null,
        string? notificationUrl = null, string person = People.Anna, string code = "PP12")
    {
        // docs §5: a store sale is in person because its ticket says so (here a document staff checked); its
        // create names the sales person as well (docs §13 A15), which alone makes nothing in person.
        var ticket = channel == "STORE" ? await InPersonTicketAsync(api, person) : await TicketAsync(api, person);
        var option = await OptionAsync(api, ticket, amount, code, channel);
        var body = new
        {
            orderReference = reference ?? Guid.NewGuid().ToString(),
            ticket,
            paymentOption = (string)option["id"]!,
            cart = Cart(amount),
            notificationURL = notificationUrl,
            salesPerson = channel == "STORE" ? "staff-17" : null,
        };
        var response = await api.PostAsync("orders", body);
        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.Created), response.Text);
        return new CreatedOrder(ticket, (string)option["id"]!, body, response);
    }

    public static Task<ApiResponse> TransactionAsync(SandboxApi api, string orderId, string type, long? amount, string? reference = null,
        string? debitTransaction = null, object? rows = null, string? fault = null) =>
        api.PostAsync($"orders/{orderId}/transactions",
            new { type, amount, transactionReference = reference ?? Guid.NewGuid().ToString(), debitTransaction, rows }, fault);
}
