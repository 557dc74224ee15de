using System.Net;
using System.Text;
using Ecster.Sandbox.Domain;

namespace Ecster.Sandbox.Inspection;

/// <summary>GET /: the test consumers, for a person trying the checkout by hand.</summary>
internal static class HomePage
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/", () => Results.Content(Render(), "text/html; charset=utf-8"));

    private static string Render()
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Ecster sandbox</title></head><body>");
        html.Append("<h1>Ecster sandbox</h1><p>API root: <code>/rest/public/v1</code>. Keys: <code>x-api-key: ")
            .Append(SandboxCredentials.DefaultApiKey).Append("</code>, <code>x-merchant-key: ")
            .Append(SandboxCredentials.DefaultMerchantKey).Append("</code>.</p>");
        html.Append("<h2>Test consumers</h2><table border=\"1\"><tr><th>Personal number</th><th>Name</th><th>Behaviour</th></tr>");
        foreach (var consumer in TestConsumers.All)
        {
            html.Append("<tr><td>").Append(WebUtility.HtmlEncode(consumer.Display))
                .Append("</td><td>").Append(WebUtility.HtmlEncode($"{consumer.FirstName} {consumer.LastName}"))
                .Append("</td><td>").Append(WebUtility.HtmlEncode(TestConsumers.Describe(consumer)))
                .Append("</td></tr>");
        }
        html.Append("</table><p>A BankID start without a personal number (QR code) identifies Anna Andersson.</p>");
        html.Append("<p>Inspection: <a href=\"/sandbox/orders\">orders</a>, <a href=\"/sandbox/transactions\">transactions</a>, ")
            .Append("<a href=\"/sandbox/notifications\">notifications</a>, <a href=\"/sandbox/requests\">requests</a>.</p>");
        html.Append("</body></html>");
        return html.ToString();
    }
}
