using Ecster.Client.Models;
using Newtonsoft.Json;
using Nop.Plugin.Payments.Ecster.Services.Availability;
using Nop.Plugin.Payments.Ecster.Services.Checkout;

namespace Nop.Plugin.Payments.Ecster.Tests.Infrastructure;

/// <summary>
/// On a web farm nopCommerce's static cache is its DistributedCacheManager, which stores each value as Newtonsoft
/// JSON (JsonConvert.SerializeObject / DeserializeObject with default settings). What the plugin puts there must
/// come back whole, or node B would collect a BankID that node A started with half its state.
/// </summary>
public class DistributedCacheShapesTests
{
    private static T RoundTrip<T>(T value) => JsonConvert.DeserializeObject<T>(JsonConvert.SerializeObject(value))!;

    [Test]
    public void A_checkout_state_comes_back_whole()
    {
        var state = new CheckoutState
        {
            Channel = "STORE",
            EidId = "eid-1",
            EidMethod = "SE_BANKID_MOBILE",
            Ticket = "tkt-1",
            TicketExpiresAt = new DateTimeOffset(2026, 11, 27, 12, 30, 0, TimeSpan.Zero),
            OptionsAmount = 12_499.50m,
            Options = [new OfferedOption("opt-1", "Delbetalning 12 månader", "PART_PAYMENT", 12, true)],
            ChosenOptionId = "opt-1"
        };

        var back = RoundTrip(state);

        Assert.That(back with { Options = state.Options }, Is.EqualTo(state));
        Assert.That(back.Options, Is.EqualTo(state.Options));
    }

    [Test]
    public void Ecsters_payment_methods_answer_comes_back_whole()
    {
        var answer = new EcsterMethodsAnswer([new PaymentMethod { Name = "INVOICE", Description = "Faktura", SubMethods = ["INVOICE_SE_1"], IdentificationMethods = ["SE_BANKID"] }],
            new DateTimeOffset(2026, 11, 27, 12, 5, 0, TimeSpan.Zero));

        var back = RoundTrip(answer);

        Assert.That(back.UsableUntil, Is.EqualTo(answer.UsableUntil));
        Assert.That(back.Methods!.Single(), Has.Property("Name").EqualTo("INVOICE").And.Property("SubMethods").EqualTo(new[] { "INVOICE_SE_1" }));
        Assert.That(RoundTrip(new EcsterMethodsAnswer(null, answer.UsableUntil)).Reached, Is.False);
    }

    [Test]
    public void Journal_notes_come_back_in_order() =>
        Assert.That(RoundTrip(new[] { "first", "second" }), Is.EqualTo(new[] { "first", "second" }));
}
