namespace Ecster.Sandbox;

/// <summary>How a sandbox behaves. Defaults match docs/ecster-api.md §11.</summary>
public sealed class SandboxOptions
{
    /// <summary>Accepted key pairs; the first pair is the one <see cref="SandboxServer"/> reports.</summary>
    public IList<SandboxCredentials> Credentials { get; } = new List<SandboxCredentials> { SandboxCredentials.Default };

    /// <summary>How many BankID collects answer PENDING before the consumer's outcome.</summary>
    public int BankIdPendingPolls { get; set; } = 2;

    /// <summary>An e-commerce ticket's lifetime (<c>inPerson: false</c>; docs §13 A7).</summary>
    public TimeSpan TicketLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A ticket's lifetime when consumer and sales person are together (<c>inPerson: true</c>; docs §13 A7).</summary>
    public TimeSpan InPersonTicketLifetime { get; set; } = TimeSpan.FromMinutes(60);

    /// <summary>The eID answers' <c>pollTime</c>: how long the merchant should wait before the next collect.</summary>
    public TimeSpan PollTime { get; set; } = TimeSpan.FromMilliseconds(2000);

    /// <summary>A BankID order nobody finishes expires after this (the real BankID: 3 minutes).</summary>
    public TimeSpan BankIdTimeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>Wait before a notification not answered 200 is sent again (Ecster: 2 hours; short here for tests).</summary>
    public TimeSpan NotificationRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Attempts per notification, the first included: Ecster sends it again 24 times.</summary>
    public int NotificationMaxAttempts { get; set; } = 25;

    /// <summary>
    /// The merchant's custom header sent with every notification (Sandbox:Notifications:HeaderName/HeaderValue),
    /// as Ecster sends the one configured for the merchant; none when either is empty.
    /// </summary>
    public string? NotificationHeaderName { get; set; }

    public string? NotificationHeaderValue { get; set; }

    /// <summary>Ecster gives the merchant 5 seconds to answer a notification.</summary>
    public TimeSpan NotificationTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The clock for everything the contract dates (tickets, BankID, createdAt, notifications' time).
    /// Waits between notification attempts use real time, so a frozen test clock cannot stall delivery.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    internal void Validate()
    {
        if (Credentials.Count == 0) throw new ArgumentException("At least one credential pair is needed.");
        if (BankIdPendingPolls < 0) throw new ArgumentException("BankIdPendingPolls must not be negative.");
        if (TicketLifetime <= TimeSpan.Zero) throw new ArgumentException("TicketLifetime must be positive.");
        if (InPersonTicketLifetime <= TimeSpan.Zero) throw new ArgumentException("InPersonTicketLifetime must be positive.");
        if (PollTime < TimeSpan.Zero) throw new ArgumentException("PollTime must not be negative.");
        if (NotificationMaxAttempts < 1) throw new ArgumentException("NotificationMaxAttempts must be at least 1.");
        if (NotificationRetryDelay < TimeSpan.Zero) throw new ArgumentException("NotificationRetryDelay must not be negative.");
    }
}
