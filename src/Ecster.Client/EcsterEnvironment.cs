namespace Ecster.Client;

/// <summary>Which Ecster the client talks to.</summary>
public enum EcsterEnvironment
{
    /// <summary>Ecster's production API, https://secure.ecster.se: real money.</summary>
    Production = 0,

    /// <summary>Ecster's test environment, https://labs.ecster.se (test accounts on request).</summary>
    Test = 1,

    /// <summary>Our own emulator (src/Ecster.Sandbox), at a configurable base URL.</summary>
    Sandbox = 2
}
