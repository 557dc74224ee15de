using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Ecster.Sandbox.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Ecster.Sandbox.Tests;

public sealed class BankIdTests : SandboxTest
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    protected override SandboxOptions Options() => new() { TimeProvider = _clock };

    private async Task<JToken> StartAsync(object body)
    {
        var start = await Api.PostAsync("identifications/bankid", body);
        Assert.That(start.Status, Is.EqualTo(HttpStatusCode.Created), start.Text);
        return start.Json;
    }

    [Test]
    public async Task Start_answers_the_documented_fields()
    {
        var start = await StartAsync(new { personalNumber = "198112189801", endUserIp = "203.0.113.7", device = "SAME_DEVICE" });
        foreach (var field in new[] { "orderRef", "autoStartToken", "qrStartToken", "qrStartSecret" })
            Assert.That((string?)start[field], Is.Not.Empty, field);
        Assert.That(start["startedAt"]!.ToObject<DateTimeOffset>(), Is.EqualTo(_clock.GetUtcNow()));
    }

    [Test]
    public async Task Collect_is_pending_with_hints_then_complete_with_the_consumer()
    {
        var orderRef = (string)(await StartAsync(new { personalNumber = "198112189801", endUserIp = "127.0.0.1" }))["orderRef"]!;

        var first = (await Api.GetAsync($"identifications/bankid/{orderRef}")).Json;
        var second = (await Api.GetAsync($"identifications/bankid/{orderRef}")).Json;
        var third = (await Api.GetAsync($"identifications/bankid/{orderRef}")).Json;
        var again = (await Api.GetAsync($"identifications/bankid/{orderRef}")).Json;

        Assert.Multiple(() =>
        {
            Assert.That((string?)first["status"], Is.EqualTo("PENDING"));
            Assert.That((string?)first["hintCode"], Is.EqualTo("outstandingTransaction"));
            Assert.That((string?)second["status"], Is.EqualTo("PENDING"));
            Assert.That((string?)second["hintCode"], Is.EqualTo("userSign"));
            Assert.That((string?)third["status"], Is.EqualTo("COMPLETE"));
            Assert.That((string?)third["identificationId"], Is.Not.Empty);
            Assert.That((string?)third["consumer"]!["firstName"], Is.EqualTo("Anna"));
            Assert.That((string?)third["consumer"]!["lastName"], Is.EqualTo("Andersson"));
            Assert.That((string?)third["consumer"]!["personalNumber"], Is.EqualTo("198112189801"));
            Assert.That((string?)again["identificationId"], Is.EqualTo((string?)third["identificationId"]), "collect after completion is stable");
        });
    }

    [Test]
    public async Task QR_data_is_the_documented_HMAC_of_the_seconds_since_start()
    {
        var start = await StartAsync(new { endUserIp = "127.0.0.1", device = "OTHER_DEVICE" });
        var token = (string)start["qrStartToken"]!;
        var secret = (string)start["qrStartSecret"]!;
        var orderRef = (string)start["orderRef"]!;

        var atZero = (string)(await Api.GetAsync($"identifications/bankid/{orderRef}")).Json["qrData"]!;
        _clock.Advance(TimeSpan.FromSeconds(3));
        var atThree = (string)(await Api.GetAsync($"identifications/bankid/{orderRef}")).Json["qrData"]!;

        Assert.That(atZero, Is.EqualTo(ExpectedQr(token, secret, 0)));
        Assert.That(atThree, Is.EqualTo(ExpectedQr(token, secret, 3)));
    }

    [Test]
    public async Task A_QR_start_without_personal_number_identifies_Anna()
    {
        var orderRef = (string)(await StartAsync(new { endUserIp = "127.0.0.1", device = "OTHER_DEVICE" }))["orderRef"]!;
        JToken collect;
        do collect = (await Api.GetAsync($"identifications/bankid/{orderRef}")).Json;
        while ((string?)collect["status"] == "PENDING");
        Assert.That((string?)collect["status"], Is.EqualTo("COMPLETE"));
        Assert.That((string?)collect["consumer"]!["personalNumber"], Is.EqualTo("198112189801"));
    }

    [Test]
    public async Task Cancel_makes_collect_fail_with_cancelled_and_a_second_cancel_is_404()
    {
        var orderRef = (string)(await StartAsync(new { personalNumber = "198112189801", endUserIp = "127.0.0.1" }))["orderRef"]!;
        await Api.GetAsync($"identifications/bankid/{orderRef}");

        var cancel = await Api.DeleteAsync($"identifications/bankid/{orderRef}");
        var collect = (await Api.GetAsync($"identifications/bankid/{orderRef}")).Json;
        var secondCancel = await Api.DeleteAsync($"identifications/bankid/{orderRef}");

        Assert.That(cancel.Status, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((string?)collect["status"], Is.EqualTo("FAILED"));
        Assert.That((string?)collect["hintCode"], Is.EqualTo("cancelled"));
        secondCancel.ShouldBeError(HttpStatusCode.NotFound, 4040);
    }

    [Test]
    public async Task Cancelling_an_unknown_order_is_404()
    {
        (await Api.DeleteAsync("identifications/bankid/nope")).ShouldBeError(HttpStatusCode.NotFound, 4040);
        (await Api.GetAsync("identifications/bankid/nope")).ShouldBeError(HttpStatusCode.NotFound, 4040);
    }

    [Test]
    public async Task An_order_left_pending_for_three_minutes_expires()
    {
        var orderRef = (string)(await StartAsync(new { personalNumber = "198112189801", endUserIp = "127.0.0.1" }))["orderRef"]!;
        await Api.GetAsync($"identifications/bankid/{orderRef}");
        _clock.Advance(TimeSpan.FromMinutes(3));
        var collect = (await Api.GetAsync($"identifications/bankid/{orderRef}")).Json;
        Assert.That((string?)collect["status"], Is.EqualTo("FAILED"));
        Assert.That((string?)collect["hintCode"], Is.EqualTo("expiredTransaction"));
    }

    [Test]
    public async Task A_valid_number_the_sandbox_does_not_know_fails_to_start()
    {
        // 19800101-0001: Luhn-valid, not a test consumer.
        var orderRef = (string)(await StartAsync(new { personalNumber = "198001010001", endUserIp = "127.0.0.1" }))["orderRef"]!;
        JToken collect;
        do collect = (await Api.GetAsync($"identifications/bankid/{orderRef}")).Json;
        while ((string?)collect["status"] == "PENDING");
        Assert.That((string?)collect["hintCode"], Is.EqualTo("startFailed"));
    }

    [TestCase("198112189802")] // wrong check digit
    [TestCase("8112189801")] // 10 digits without - or +
    [TestCase("19811318-9801")] // month 13
    [TestCase("abc")]
    public async Task Invalid_personal_numbers_are_rejected(string personalNumber)
    {
        var response = await Api.PostAsync("identifications/bankid", new { personalNumber, endUserIp = "127.0.0.1" });
        response.ShouldBeError(HttpStatusCode.BadRequest, 4001);
        Assert.That(response.Text, Does.Not.Contain(personalNumber), "personal numbers stay out of error messages");
    }

    [Test]
    public async Task A_missing_end_user_ip_is_rejected()
    {
        var response = await Api.PostAsync("identifications/bankid", new { personalNumber = "198112189801" });
        response.ShouldBeError(HttpStatusCode.BadRequest, 4000);
    }

    [Test]
    public async Task The_ten_digit_form_with_a_dash_is_accepted()
    {
        var response = await Api.PostAsync("identifications/bankid", new { personalNumber = "811218-9801", endUserIp = "127.0.0.1" });
        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.Created), response.Text);
    }

    private static string ExpectedQr(string token, string secret, int seconds)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var hash = hmac.ComputeHash(Encoding.UTF8.GetBytes(seconds.ToString(CultureInfo.InvariantCulture)));
        var hex = string.Concat(hash.Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
        return $"bankid.{token}.{seconds}.{hex}";
    }
}
