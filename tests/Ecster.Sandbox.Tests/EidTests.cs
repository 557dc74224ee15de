using System.Net;
using Ecster.Sandbox.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Ecster.Sandbox.Tests;

/// <summary>Electronic identification (docs §4): the sandbox answers as the contract's examples.</summary>
public sealed class EidTests : SandboxTest
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    protected override SandboxOptions Options() => new() { TimeProvider = _clock, PollTime = TimeSpan.FromMilliseconds(5000) };

    private async Task<JToken> StartAsync(string nationalId, string type = "SE_BANKID_MOBILE")
    {
        var start = await Api.PostAsync("identification/eid", new { type, nationalId });
        Assert.That(start.Status, Is.EqualTo(HttpStatusCode.OK), start.Text);
        return start.Json;
    }

    [TestCase("SE_BANKID")]
    [TestCase("SE_BANKID_MOBILE")]
    public async Task Start_answers_exactly_the_documented_fields(string type)
    {
        var start = (JObject)await StartAsync("SE8112189801", type);

        Assert.That(start.Properties().Select(p => p.Name), Is.EquivalentTo(new[] { "id", "status", "startURL", "pollTime" }));
        Assert.Multiple(() =>
        {
            Assert.That((string?)start["id"], Is.Not.Empty);
            Assert.That((string?)start["status"], Is.EqualTo("OUTSTANDING_TRANSACTION"));
            Assert.That((string?)start["startURL"], Does.StartWith("bankid:///?autostarttoken="));
            Assert.That(start["pollTime"]!.Type, Is.EqualTo(JTokenType.Integer));
            Assert.That((int)start["pollTime"]!, Is.EqualTo(5000), "the configured poll time, in milliseconds");
        });
    }

    [Test]
    public async Task Collect_is_outstanding_then_user_sign_then_complete_with_the_same_four_fields()
    {
        var id = (string)(await StartAsync("SE8112189801"))["id"]!;

        var statuses = new List<string>();
        for (var poll = 0; poll <= Sandbox.Options.BankIdPendingPolls; poll++)
        {
            var collect = await Api.GetAsync($"identification/eid/{id}");
            Assert.That(((JObject)collect.Json).Properties().Select(p => p.Name), Is.EquivalentTo(new[] { "id", "status", "startURL", "pollTime" }));
            Assert.That((string?)collect.Json["id"], Is.EqualTo(id));
            statuses.Add((string)collect.Json["status"]!);
        }

        Assert.That(statuses, Is.EqualTo(new[] { "OUTSTANDING_TRANSACTION", "USER_SIGN", "COMPLETE" }));
    }

    [TestCase(People.Cecilia, "USER_CANCEL")]
    [TestCase(People.David, "EXPIRED_TRANSACTION")]
    public async Task A_consumer_who_does_not_sign_ends_with_their_status(string personalNumber, string status)
    {
        var id = (string)(await StartAsync(Flows.EidNationalId(personalNumber)))["id"]!;
        for (var poll = 0; poll < Sandbox.Options.BankIdPendingPolls; poll++)
            await Api.GetAsync($"identification/eid/{id}");

        Assert.That((string?)(await Api.GetAsync($"identification/eid/{id}")).Json["status"], Is.EqualTo(status));
        Assert.That((string?)(await Api.GetAsync($"identification/eid/{id}")).Json["status"], Is.EqualTo(status), "an ended eID stays ended");
    }

    [TestCase("SE_BANKID")]
    [TestCase("SE_BANKID_MOBILE")]
    public async Task A_second_start_for_a_person_with_an_outstanding_eid_is_already_in_progress_and_may_be_tried_again(string type)
    {
        var first = (string)(await StartAsync("SE8112189801"))["id"]!;
        await Api.GetAsync($"identification/eid/{first}");

        var second = (JObject)await StartAsync("SE8112189801", type);

        // docs §4.3: the documented status, in the start's four fields; nothing to collect from it.
        Assert.That(second.Properties().Select(p => p.Name), Is.EquivalentTo(new[] { "id", "status", "startURL", "pollTime" }));
        Assert.That((string?)second["status"], Is.EqualTo("ALREADY_IN_PROGRESS"));
        Assert.That((string?)(await Api.GetAsync($"identification/eid/{(string)second["id"]!}")).Json["status"], Is.EqualTo("ALREADY_IN_PROGRESS"));
        // As BankID does, the earlier order is cancelled too, so the consumer can try again at once.
        Assert.That((string?)(await Api.GetAsync($"identification/eid/{first}")).Json["status"], Is.EqualTo("CANCELLED"));
        Assert.That((string?)(await StartAsync("SE8112189801", type))["status"], Is.EqualTo("OUTSTANDING_TRANSACTION"));
        // Another person is not affected.
        Assert.That((string?)(await StartAsync(Flows.EidNationalId(People.Fredrik)))["status"], Is.EqualTo("OUTSTANDING_TRANSACTION"));
    }

    [Test]
    public async Task A_finished_or_timed_out_eid_does_not_block_the_next_start()
    {
        await Flows.IdentifyAsync(Api, People.Anna);
        Assert.That((string?)(await StartAsync("SE8112189801"))["status"], Is.EqualTo("OUTSTANDING_TRANSACTION"), "after COMPLETE");

        _clock.Advance(TimeSpan.FromMinutes(3));
        Assert.That((string?)(await StartAsync("SE8112189801"))["status"], Is.EqualTo("OUTSTANDING_TRANSACTION"), "after the timeout");
    }

    [Test]
    public async Task An_order_left_pending_for_three_minutes_expires()
    {
        var id = (string)(await StartAsync("SE8112189801"))["id"]!;
        await Api.GetAsync($"identification/eid/{id}");
        _clock.Advance(TimeSpan.FromMinutes(3));

        Assert.That((string?)(await Api.GetAsync($"identification/eid/{id}")).Json["status"], Is.EqualTo("EXPIRED_TRANSACTION"));
    }

    [Test]
    public async Task A_valid_number_the_sandbox_does_not_know_fails_to_start()
    {
        // 19800101-0001: Luhn-valid, not a test consumer.
        var id = (string)(await StartAsync("SE8001010001"))["id"]!;
        JToken collect;
        do collect = (await Api.GetAsync($"identification/eid/{id}")).Json;
        while ((string?)collect["status"] is "OUTSTANDING_TRANSACTION" or "USER_SIGN");

        Assert.That((string?)collect["status"], Is.EqualTo("START_FAILED"));
    }

    [Test]
    public async Task Greta_aged_100_or_more_starts_with_the_plus_form()
    {
        Assert.That(await Flows.IdentifyAsync(Api, People.Greta), Is.Not.Empty);
    }

    [TestCase("SE8112189802")] // wrong check digit
    [TestCase("8112189801")] // no country
    [TestCase("SE811218-9801")] // the ticket's form, not the eID start's
    [TestCase("SE198112189801")] // 12 digits
    [TestCase("SE8113189801")] // month 13
    [TestCase("abc")]
    public async Task Other_national_id_forms_are_rejected_without_echoing_them(string nationalId)
    {
        var response = await Api.PostAsync("identification/eid", new { type = "SE_BANKID", nationalId });

        response.ShouldBeError(HttpStatusCode.BadRequest, 4001);
        Assert.That(response.Text, Does.Not.Contain(nationalId), "personal numbers stay out of error messages");
    }

    [TestCase("BANKID")]
    [TestCase("PASSPORT")]
    [TestCase(null)]
    public async Task A_type_other_than_the_two_eids_is_rejected(string? type)
    {
        (await Api.PostAsync("identification/eid", new { type, nationalId = "SE8112189801" })).ShouldBeError(HttpStatusCode.BadRequest, 4000);
    }

    [Test]
    public async Task An_unknown_id_is_404_and_the_old_bankid_paths_are_gone()
    {
        (await Api.GetAsync("identification/eid/nope")).ShouldBeError(HttpStatusCode.NotFound, 4040);
        Assert.That((await Api.PostAsync("identifications/bankid", new { personalNumber = "198112189801", endUserIp = "127.0.0.1" })).Status,
            Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await Api.PostAsync("identifications/iddocument", new { personalNumber = "198112189801" })).Status,
            Is.EqualTo(HttpStatusCode.NotFound));
    }
}
