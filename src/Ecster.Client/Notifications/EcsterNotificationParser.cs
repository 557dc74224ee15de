using System.Globalization;
using System.Text.Json;

namespace Ecster.Client.Notifications;

/// <summary>
/// Reads an OEN body (docs §10: orderId, orderReference (optional), status, time, event), rejecting anything
/// malformed or incomplete; fields beyond those are ignored, as in every answer from Ecster.
/// </summary>
public static class EcsterNotificationParser
{
    /// <summary>Bodies are a few hundred bytes; anything much larger is not from Ecster.</summary>
    public const int MaxBodyLength = 16 * 1024;

    private const int MaxIdLength = 128;

    /// <summary>
    /// Parses <paramref name="json"/>. On failure <paramref name="error"/> says what is wrong, without quoting
    /// the body.
    /// </summary>
    public static bool TryParse(string? json, out EcsterNotification? notification, out string? error)
    {
        notification = null;
        if (string.IsNullOrWhiteSpace(json))
            return Fail("The body is empty.", out error);
        if (json.Length > MaxBodyLength)
            return Fail("The body is too large.", out error);

        JsonDocument document;
        try
        {
            // Content after the object is invalid JSON here too.
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException)
        {
            return Fail("The body is not valid JSON.", out error);
        }

        using (document)
            return TryRead(document.RootElement, out notification, out error);
    }

    private static bool TryRead(JsonElement body, out EcsterNotification? notification, out string? error)
    {
        notification = null;
        if (body.ValueKind != JsonValueKind.Object)
            return Fail("The body is not a JSON object.", out error);

        if (!TryRequired(body, "orderId", out var orderId, out error)
            || !TryRequired(body, "status", out var status, out error)
            || !TryRequired(body, "event", out var eventName, out error)
            || !TryRequired(body, "time", out var timeText, out error)
            || !TryOptional(body, "orderReference", out var orderReference, out error))
            return false;

        if (!DateTimeOffset.TryParse(timeText, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            return Fail("The field 'time' is not an ISO 8601 time.", out error);

        notification = new EcsterNotification
        {
            OrderId = orderId,
            OrderReference = orderReference,
            Status = status,
            Event = eventName,
            Time = time
        };
        error = null;
        return true;
    }

    private static bool TryRequired(JsonElement body, string name, out string value, out string? error)
    {
        value = string.Empty;
        if (!TryOptional(body, name, out var text, out error))
            return false;
        if (text is null)
            return Fail($"The field '{name}' is missing.", out error);

        value = text;
        return true;
    }

    private static bool TryOptional(JsonElement body, string name, out string? value, out string? error)
    {
        value = null;
        error = null;
        if (!body.TryGetProperty(name, out var token) || token.ValueKind == JsonValueKind.Null)
            return true;
        if (token.ValueKind != JsonValueKind.String)
            return Fail($"The field '{name}' is not a string.", out error);

        var text = token.GetString()?.Trim();
        if (string.IsNullOrEmpty(text))
            return Fail($"The field '{name}' is empty.", out error);
        if (name != "time" && text.Length > MaxIdLength)
            return Fail($"The field '{name}' is too long.", out error);

        value = text;
        return true;
    }

    private static bool Fail(string message, out string? error)
    {
        error = message;
        return false;
    }
}
