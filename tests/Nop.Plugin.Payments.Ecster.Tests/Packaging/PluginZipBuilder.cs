using System.Diagnostics;

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
        var psi = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "build", project, "-c", "Release", "-nologo", "-v:q", $"-p:EcsterZipPath={zip}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoPaths.Root
        };
        // The test host's own MSBuild variables would point the child build at the wrong SDK parts.
        foreach (var key in psi.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
            psi.Environment.Remove(key);

        using var process = Process.Start(psi)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0 || !File.Exists(zip))
            throw new InvalidOperationException($"Release build did not produce {zip} (exit {process.ExitCode}):\n{output.Result}\n{error.Result}");
        return zip;
    }
}
