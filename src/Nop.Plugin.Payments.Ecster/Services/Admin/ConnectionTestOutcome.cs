namespace Nop.Plugin.Payments.Ecster.Services.Admin;

/// <summary>What a connection test found.</summary>
public enum ConnectionTestStatus
{
    /// <summary>Ecster answered; <see cref="ConnectionTestOutcome.MethodNames"/> lists its payment methods.</summary>
    Ok,

    /// <summary>No API key or merchant key, neither typed nor stored.</summary>
    NoKeys,

    /// <summary>Ecster refused the keys.</summary>
    WrongKey,

    /// <summary>No answer: network, timeout, Ecster busy or down.</summary>
    Unreachable,

    /// <summary>Ecster answered with something else (an error the test cannot explain in simpler words).</summary>
    UnexpectedAnswer
}

/// <summary>The result of "Test connection". Holds no key and nothing a key could be read from.</summary>
public sealed record ConnectionTestOutcome(ConnectionTestStatus Status, IReadOnlyList<string> MethodNames, int? HttpStatus = null)
{
    public static ConnectionTestOutcome Failed(ConnectionTestStatus status, int? httpStatus = null) => new(status, [], httpStatus);
}
