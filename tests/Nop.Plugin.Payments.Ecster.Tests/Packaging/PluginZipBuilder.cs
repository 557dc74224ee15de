namespace Nop.Plugin.Payments.Ecster.Tests.Packaging;

/// <summary>
/// Builds the plugin in Release, as the README's build command does, into a zip of the test's own, so the test
/// checks what a shop owner would upload rather than whatever an earlier build left in artifacts/.
/// </summary>
internal static class PluginZipBuilder
{
    private static readonly Lazy<string> ZipLazy = new(Build);

    public static string ZipPath => ZipLazy.Value;

    private static string Build()
    {
        var zip = Path.Combine(Path.GetTempPath(), $"ecster-plugin-test-{Guid.NewGuid():N}", "Payments.Ecster.zip");
        var project = RepoPaths.Combine("src", "Nop.Plugin.Payments.Ecster", "Nop.Plugin.Payments.Ecster.csproj");
        var (exitCode, output) = DotnetCli.Run(RepoPaths.Root, "build", project, "-c", "Release", "-nologo", "-v:q", $"-p:EcsterZipPath={zip}");
        if (exitCode != 0 || !File.Exists(zip))
            throw new InvalidOperationException($"Release build did not produce {zip} (exit {exitCode}):\n{output}");
        return zip;
    }
}
