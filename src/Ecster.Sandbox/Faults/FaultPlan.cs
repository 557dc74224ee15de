using System.Globalization;
using Ecster.Sandbox.Http;

namespace Ecster.Sandbox.Faults;

internal enum FaultAction { None, Status, RateLimit, Drop, Malformed, CommitThenFail }

/// <summary>
/// A parsed fault text such as "latency=200,status=503". Latency combines with one action; when several
/// actions are listed the first one wins.
/// </summary>
internal sealed record FaultPlan(int LatencyMs, FaultAction Action, int Argument)
{
    public static FaultPlan None { get; } = new(0, FaultAction.None, 0);

    public bool IsEmpty => LatencyMs == 0 && Action == FaultAction.None;

    public static FaultPlan Parse(string text)
    {
        var latency = 0;
        var action = FaultAction.None;
        var argument = 0;
        foreach (var raw in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (name, value) = Split(raw);
            switch (name)
            {
                case "latency":
                    latency = ParseNumber(value, 0, 60_000, raw);
                    break;
                case "status":
                    Take(FaultAction.Status, ParseNumber(value, 500, 599, raw));
                    break;
                case "ratelimit":
                    Take(FaultAction.RateLimit, ParseNumber(value, 0, 3600, raw));
                    break;
                case "drop" when value is null:
                    Take(FaultAction.Drop, 0);
                    break;
                case "malformed" when value is null:
                    Take(FaultAction.Malformed, 0);
                    break;
                case "commit-then-fail" when value is null:
                    Take(FaultAction.CommitThenFail, 0);
                    break;
                default:
                    throw ApiErrors.InvalidRequest($"Unknown sandbox fault '{raw}'. Use latency=<ms>, status=<5xx>, ratelimit=<seconds>, drop, malformed or commit-then-fail.");
            }
        }
        return new FaultPlan(latency, action, argument);

        void Take(FaultAction wanted, int value)
        {
            if (action != FaultAction.None) return;
            action = wanted;
            argument = value;
        }
    }

    public FaultPlan CombineWith(FaultPlan other) => new(
        Math.Max(LatencyMs, other.LatencyMs),
        Action != FaultAction.None ? Action : other.Action,
        Action != FaultAction.None ? Argument : other.Argument);

    private static (string Name, string? Value) Split(string item)
    {
        var equals = item.IndexOf('=');
        return equals < 0
            ? (item.ToLowerInvariant(), null)
            : (item[..equals].Trim().ToLowerInvariant(), item[(equals + 1)..].Trim());
    }

    private static int ParseNumber(string? value, int min, int max, string raw) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw ApiErrors.InvalidRequest($"Sandbox fault '{raw}' needs a number from {min} to {max}.");
}
