namespace Ecster.Sandbox;

/// <summary>One accepted pair of <c>x-api-key</c> / <c>x-merchant-key</c> and the merchant it stands for.</summary>
public sealed record SandboxCredentials(string ApiKey, string MerchantKey, string MerchantId)
{
    public const string DefaultApiKey = "sandbox-api-key";
    public const string DefaultMerchantKey = "sandbox-merchant-key";
    public const string DefaultMerchantId = "sandbox-merchant";

    public static SandboxCredentials Default { get; } = new(DefaultApiKey, DefaultMerchantKey, DefaultMerchantId);

    // Keys are secrets even in a sandbox habitually: keep them out of logs and debugger summaries.
    public override string ToString() => $"SandboxCredentials {{ MerchantId = {MerchantId} }}";
}
