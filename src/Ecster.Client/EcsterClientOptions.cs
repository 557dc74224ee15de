namespace Ecster.Client;

/// <summary>One store's connection to Ecster. Read once by <see cref="IEcsterClientFactory.Create"/>.</summary>
public sealed class EcsterClientOptions
{
    public static readonly Uri ProductionBaseUrl = new("https://secure.ecster.se");
    public static readonly Uri TestBaseUrl = new("https://labs.ecster.se");
    public static readonly Uri DefaultSandboxBaseUrl = new("http://127.0.0.1:5080");

    /// <summary>Which Ecster to talk to. Defaults to Test, so a half-configured store never touches real money.</summary>
    public EcsterEnvironment Environment { get; set; } = EcsterEnvironment.Test;

    /// <summary>Where our sandbox listens; used only when <see cref="Environment"/> is Sandbox.</summary>
    public Uri SandboxBaseUrl { get; set; } = DefaultSandboxBaseUrl;

    /// <summary>Sent as <c>x-api-key</c>. Secret: never logged.</summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>Sent as <c>x-merchant-key</c>. Secret: never logged.</summary>
    public string MerchantKey { get; set; } = string.Empty;

    /// <summary>The longest one HTTP try may take.</summary>
    public TimeSpan PerTryTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest a call may take, all tries and waits included.</summary>
    public TimeSpan OverallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first try, for calls that are safe to repeat.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first backoff step; it doubles each retry (with jitter).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest wait a <c>Retry-After</c> header can impose before a retry.</summary>
    public TimeSpan RetryAfterCap { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The base URL of <see cref="Environment"/>.</summary>
    public Uri BaseUrl => Environment switch
    {
        EcsterEnvironment.Production => ProductionBaseUrl,
        EcsterEnvironment.Test => TestBaseUrl,
        EcsterEnvironment.Sandbox => SandboxBaseUrl,
        _ => throw new InvalidOperationException($"Unknown Ecster environment {(int)Environment}.")
    };

    /// <exception cref="ArgumentException">A setting is missing or out of range (the message names it, never its value).</exception>
    public void Validate()
    {
        if (!Enum.IsDefined(Environment))
            throw new ArgumentException("Environment is not a known Ecster environment.", nameof(Environment));
        if (Environment == EcsterEnvironment.Sandbox && SandboxBaseUrl is not { IsAbsoluteUri: true })
            throw new ArgumentException("SandboxBaseUrl must be an absolute URL.", nameof(SandboxBaseUrl));
        if (string.IsNullOrWhiteSpace(ApiKey))
            throw new ArgumentException("ApiKey is required.", nameof(ApiKey));
        if (string.IsNullOrWhiteSpace(MerchantKey))
            throw new ArgumentException("MerchantKey is required.", nameof(MerchantKey));
        if (PerTryTimeout <= TimeSpan.Zero)
            throw new ArgumentException("PerTryTimeout must be positive.", nameof(PerTryTimeout));
        if (OverallTimeout <= TimeSpan.Zero)
            throw new ArgumentException("OverallTimeout must be positive.", nameof(OverallTimeout));
        if (MaxRetries is < 0 or > 10)
            throw new ArgumentException("MaxRetries must be between 0 and 10.", nameof(MaxRetries));
        if (RetryBaseDelay < TimeSpan.Zero || RetryAfterCap < TimeSpan.Zero)
            throw new ArgumentException("Retry delays cannot be negative.", nameof(RetryBaseDelay));
    }

    /// <summary>Safe to log: the keys are left out.</summary>
    public override string ToString() =>
        $"Ecster {Environment} at {BaseUrl}, per try {PerTryTimeout}, overall {OverallTimeout}, {MaxRetries} retries";
}
