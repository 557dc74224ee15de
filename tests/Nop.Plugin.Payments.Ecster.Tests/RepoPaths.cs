namespace Nop.Plugin.Payments.Ecster.Tests;

/// <summary>Finds files of this repository from a running test, wherever the test output lives.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootLazy = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Nop.Plugin.Payments.Ecster.sln")))
                return dir.FullName;
        throw new InvalidOperationException("Cannot find the repository root (Nop.Plugin.Payments.Ecster.sln) above " + AppContext.BaseDirectory);
    });

    public static string Root => RootLazy.Value;

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);
}
