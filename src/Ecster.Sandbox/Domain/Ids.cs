namespace Ecster.Sandbox.Domain;

internal static class Ids
{
    public static string New(string prefix) => prefix + Guid.NewGuid().ToString("N");

    /// <summary>BankID tokens look like UUIDs in the relying-party API.</summary>
    public static string Token() => Guid.NewGuid().ToString("D");
}
