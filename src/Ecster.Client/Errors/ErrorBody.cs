using Newtonsoft.Json;

namespace Ecster.Client.Errors;

/// <summary>Both error shapes Ecster is seen to send: <c>{code,message,type}</c> and <c>{error,message}</c>.</summary>
internal sealed class ErrorBody
{
    [JsonProperty("code")]
    public string? Code { get; set; }

    [JsonProperty("error")]
    public string? Error { get; set; }

    [JsonProperty("message")]
    public string? Message { get; set; }

    [JsonProperty("type")]
    public string? Type { get; set; }

    public string? EffectiveCode => Code ?? Error;
}
