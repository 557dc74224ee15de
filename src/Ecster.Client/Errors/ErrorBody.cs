namespace Ecster.Client.Errors;

/// <summary>Both error shapes Ecster is seen to send: <c>{code,message,type}</c> and <c>{error,message}</c>.</summary>
internal sealed class ErrorBody
{
    public string? Code { get; set; }

    public string? Error { get; set; }

    public string? Message { get; set; }

    public string? Type { get; set; }

    public string? EffectiveCode => Code ?? Error;
}
