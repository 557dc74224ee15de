using System.Globalization;

namespace Ecster.Sandbox.Hosting;

/// <summary>Reads the "Sandbox" configuration section (appsettings, environment Sandbox__X, --Sandbox:X=...).</summary>
internal static class SandboxConfiguration
{
    public static SandboxOptions Read(IConfiguration configuration)
    {
        var options = new SandboxOptions();
        var section = configuration.GetSection("Sandbox");
        var index = 0;
        foreach (var pair in section.GetSection("Credentials").GetChildren())
        {
            index++;
            var apiKey = pair["ApiKey"];
            var merchantKey = pair["MerchantKey"];
            if (string.IsNullOrEmpty(apiKey) || string.IsNullOrEmpty(merchantKey))
                throw new ArgumentException($"Sandbox:Credentials:{pair.Key} needs ApiKey and MerchantKey.");
            options.Credentials.Add(new SandboxCredentials(apiKey, merchantKey, pair["MerchantId"] ?? $"sandbox-merchant-{index}"));
        }

        if (section["BankIdPendingPolls"] is { } polls) options.BankIdPendingPolls = int.Parse(polls, CultureInfo.InvariantCulture);
        if (section["TicketLifetime"] is { } ticket) options.TicketLifetime = TimeSpan.Parse(ticket, CultureInfo.InvariantCulture);
        if (section["InPersonTicketLifetime"] is { } inPerson) options.InPersonTicketLifetime = TimeSpan.Parse(inPerson, CultureInfo.InvariantCulture);
        if (section["PollTimeMs"] is { } poll) options.PollTime = TimeSpan.FromMilliseconds(int.Parse(poll, CultureInfo.InvariantCulture));
        if (section["NotificationRetryDelay"] is { } delay) options.NotificationRetryDelay = TimeSpan.Parse(delay, CultureInfo.InvariantCulture);
        if (section["NotificationMaxAttempts"] is { } attempts) options.NotificationMaxAttempts = int.Parse(attempts, CultureInfo.InvariantCulture);
        if (section["Notifications:HeaderName"] is { } headerName) options.NotificationHeaderName = headerName;
        if (section["Notifications:HeaderValue"] is { } headerValue) options.NotificationHeaderValue = headerValue;
        return options;
    }
}
