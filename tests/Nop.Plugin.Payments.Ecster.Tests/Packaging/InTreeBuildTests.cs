namespace Nop.Plugin.Payments.Ecster.Tests.Packaging;

/// <summary>
/// The repository dropped into a nopCommerce source tree at src/Plugins/Nop.Plugin.Payments.Ecster must build the
/// way nopCommerce's own plugins do: reference Presentation/Nop.Web/Nop.Web.csproj, write into
/// Presentation/Nop.Web/Plugins/Payments.Ecster and run Build/ClearPluginAssemblies.proj's NopClear target.
/// A real nopCommerce tree cannot be restored here (its packages are not on this registry), so the test builds
/// in a stand-in tree with those three files at their real paths: it proves our MSBuild wiring, nothing more.
/// </summary>
[NonParallelizable]
public class InTreeBuildTests
{
    [Test]
    public void Plugin_project_built_alone_in_a_nopCommerce_tree_writes_into_the_store_and_clears_assemblies()
    {
        var nopSrc = Path.Combine(Path.GetTempPath(), $"ecster-nop-tree-{Guid.NewGuid():N}", "src");
        var repoCopy = Path.Combine(nopSrc, "Plugins", "Nop.Plugin.Payments.Ecster");
        CopyRepository(repoCopy);

        // Stand-in Nop.Web: it only has to supply nopCommerce's types, which ref/ declares, Newtonsoft.Json, which
        // the real tree's Nop.Core brings (through Microsoft.AspNetCore.Mvc.NewtonsoftJson) and the plugin uses, and
        // FluentValidation, which the real Nop.Web.Framework brings (FluentValidation.AspNetCore 11.3.0; 11.3.1 here).
        var web = Path.Combine(nopSrc, "Presentation", "Nop.Web");
        Directory.CreateDirectory(web);
        File.WriteAllText(Path.Combine(web, "Nop.Web.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net9.0</TargetFramework></PropertyGroup>
              <ItemGroup>
                <FrameworkReference Include="Microsoft.AspNetCore.App" />
                <ProjectReference Include="{repoCopy}/ref/Nop.Web.Framework/Nop.Web.Framework.csproj" />
                <PackageReference Include="Newtonsoft.Json" Version="13.0.3" />
                <PackageReference Include="FluentValidation.AspNetCore" Version="11.3.1" />
              </ItemGroup>
            </Project>
            """);
        // Stand-in ClearPluginAssemblies.proj: records the PluginPath it was called with.
        Directory.CreateDirectory(Path.Combine(nopSrc, "Build"));
        File.WriteAllText(Path.Combine(nopSrc, "Build", "ClearPluginAssemblies.proj"), """
            <Project>
              <Target Name="NopClear">
                <WriteLinesToFile File="$(PluginPath)nopclear-called.txt" Lines="$(PluginPath)" Overwrite="true" />
              </Target>
            </Project>
            """);

        var project = Path.Combine(repoCopy, "src", "Nop.Plugin.Payments.Ecster", "Nop.Plugin.Payments.Ecster.csproj");
        var (exitCode, output) = DotnetCli.Run(repoCopy, "build", project, "-c", "Debug", "-nologo", "-v:q");

        Assert.That(exitCode, Is.Zero, output);
        var pluginFolder = Path.Combine(web, "Plugins", "Payments.Ecster");
        Assert.Multiple(() =>
        {
            Assert.That(File.Exists(Path.Combine(pluginFolder, "Nop.Plugin.Payments.Ecster.dll")), "plugin assembly in the store's plugin folder");
            Assert.That(File.Exists(Path.Combine(pluginFolder, "plugin.json")));
            Assert.That(File.Exists(Path.Combine(pluginFolder, "Views", "_ViewImports.cshtml")));
            Assert.That(File.Exists(Path.Combine(pluginFolder, "nopclear-called.txt")), "NopClear ran after build");
            Assert.That(Directory.Exists(Path.Combine(repoCopy, "src", "Nop.Plugin.Payments.Ecster", "bin")), Is.False,
                "nothing is built into the repo's own bin folder");
        });
    }

    /// <summary>Copies the repository's sources (not build outputs) into the stand-in tree.</summary>
    private static void CopyRepository(string target)
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepoPaths.Root, file);
            var parts = relative.Split(Path.DirectorySeparatorChar);
            if (parts.Any(p => p is "bin" or "obj" or ".git" or "artifacts" or "TestResults" or "BenchmarkDotNet.Artifacts" or "node_modules"))
                continue;
            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
