namespace Ecster.Sandbox.Tests.Support;

/// <summary>The personal numbers of docs §11, as the doc writes them.</summary>
public static class People
{
    public const string Anna = "19811218-9801";
    public const string Bertil = "19750505-9803";
    public const string Cecilia = "19900101-9802";
    public const string David = "19850615-9808";
    public const string Eva = "19920312-9805";
    public const string Fredrik = "19700228-9804";
    public const string Greta = "19121212-9801";

    public static string Digits(string personalNumber) => personalNumber.Replace("-", "");
}
