using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Ecster.Client.Notifications;

/// <summary>Reads an OEN body, rejecting anything malformed or incomplete.</summary>
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

        JObject body;
        try
        {
            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, MaxDepth = 8 };
            if (JToken.ReadFrom(reader) is not JObject parsed)
                return Fail("The body is not a JSON object.", out error);
            if (reader.Read())
                return Fail("The body has content after the JSON object.", out error);
            body = parsed;
        }
        catch (JsonException)
        {
            return Fail("The body is not valid JSON.", out error);
        }

        if (!TryRequired(body, "notificationId", out var notificationId, out error)
            || !TryRequired(body, "orderId", out var orderId, out error)
            || !TryRequired(body, "status", out var status, out error)
            || !TryRequired(body, "event", out var eventName, out error)
            || !TryRequired(body, "time", out var timeText, out error)
            || !TryOptional(body, "orderReference", out var orderReference, out error)
            || !TryOptional(body, "transactionId", out var transactionId, out error))
            return false;

        if (!DateTimeOffset.TryParse(timeText, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            return Fail("The field 'time' is not an ISO 8601 time.", out error);

        notification = new EcsterNotification
        {
            NotificationId = notificationId,
            OrderId = orderId,
            OrderReference = orderReference,
            Status = status,
            Event = eventName,
            TransactionId = transactionId,
            Time = time
        };
        error = null;
        return true;
    }

    private static bool TryRequired(JObject body, string name, out string value, out string? error)
    {
        value = string.Empty;
        if (!TryOptional(body, name, out var text, out error))
            return false;
        if (text is null)
            return Fail($"The field '{name}' is missing.", out error);

        value = text;
        return true;
    }

    private static bool TryOptional(JObject body, string name, out string? value, out string? error)
    {
        value = null;
        error = null;
        var token = body[name];
        if (token is null || token.Type == JTokenType.Null)
            return true;
        if (token.Type != JTokenType.String)
            return Fail($"The field '{name}' is not a string.", out error);

        var text = ((string?)token)?.Trim();
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
