using System.Net;
using Ecster.Sandbox.Tests.Support;

namespace Ecster.Sandbox.Tests;

public sealed class IdDocumentTests : SandboxTest
{
    public static object Document(string personalNumber, string firstName, string lastName, string expiryDate = "2099-01-31") => new
    {
        personalNumber = People.Digits(personalNumber),
        firstName,
        lastName,
        document = new { type = "DRIVERS_LICENCE", number = "12345678", expiryDate, issuingCountry = "SE" },
        verifiedBy = "staff-17",
    };

    [Test]
    public async Task A_matching_document_identifies_the_consumer()
    {
        var response = await Api.PostAsync("identifications/iddocument", Document(People.Anna, "Anna", "Andersson"));
        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.Created), response.Text);
        Assert.That((string?)response.Json["identificationId"], Does.StartWith("idd-"));
        Assert.That((string?)response.Json["status"], Is.EqualTo("COMPLETE"));
        Assert.That((string?)response.Json["consumer"]!["personalNumber"], Is.EqualTo("198112189801"));

        var ticket = await Api.PostAsync("tickets", new { identificationId = (string)response.Json["identificationId"]! });
        Assert.That(ticket.Status, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task Eva_always_mismatches()
    {
        var response = await Api.PostAsync("identifications/iddocument", Document(People.Eva, "Eva", "Ek"));
        response.ShouldBeError(HttpStatusCode.BadRequest, 4003);
    }

    [Test]
    public async Task A_name_that_differs_from_the_register_mismatches()
    {
        var response = await Api.PostAsync("identifications/iddocument", Document(People.Anna, "Anna", "Berg"));
        response.ShouldBeError(HttpStatusCode.BadRequest, 4003);
    }

    [Test]
    public async Task An_expired_document_is_a_bad_request()
    {
        var response = await Api.PostAsync("identifications/iddocument", Document(People.Anna, "Anna", "Andersson", "2001-01-01"));
        response.ShouldBeError(HttpStatusCode.BadRequest, 4000);
    }

    [Test]
    public async Task An_unknown_document_type_is_a_bad_request()
    {
        var body = new
        {
            personalNumber = "198112189801", firstName = "Anna", lastName = "Andersson",
            document = new { type = "LIBRARY_CARD", number = "1", expiryDate = "2099-01-01", issuingCountry = "SE" },
            verifiedBy = "staff-17",
        };
        (await Api.PostAsync("identifications/iddocument", body)).ShouldBeError(HttpStatusCode.BadRequest, 4000);
    }
}
