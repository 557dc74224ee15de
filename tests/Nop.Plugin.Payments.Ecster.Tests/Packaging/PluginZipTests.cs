using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Newtonsoft.Json.Linq;

namespace Nop.Plugin.Payments.Ecster.Tests.Packaging;

/// <summary>
/// The uploadable zip, checked the way nopCommerce 4.90's upload service and plugin loader would treat it:
/// one root folder with plugin.json, our assemblies, and nothing the store already ships.
/// </summary>
[NonParallelizable]
public class PluginZipTests
{
    private const string Root = "Payments.Ecster/";

    /// <summary>What the zip must carry besides the plugin itself: libraries a 4.90 store does not have.</summary>
    private static readonly string[] ExpectedAssemblies =
    [
        "Nop.Plugin.Payments.Ecster.dll", "Ecster.Client.dll"
    ];

    /// <summary>nopCommerce 4.90's own assemblies: the plugin may reference them, never carry them.</summary>
    private static readonly string[] NopAssemblies = ["Nop.Core", "Nop.Data", "Nop.Services", "Nop.Web.Framework", "Nop.Web"];

    /// <summary>Packages nopCommerce 4.90.3 itself references, with the assembly versions it ships.</summary>
    private static readonly Dictionary<string, Version> HostPackages = new()
    {
        ["Newtonsoft.Json"] = new Version(13, 0, 0, 0),
        ["Autofac"] = new Version(8, 1, 0, 0),
        ["Autofac.Extensions.DependencyInjection"] = new Version(10, 0, 0, 0),
        // Through DeepL.net: Polly 7.1.0 (assembly 7.0.0.0), Polly.Extensions.Http 3.0.0, Microsoft.Extensions.Http.Polly 5.0.1.
        ["Polly"] = new Version(7, 0, 0, 0),
        ["Polly.Extensions.Http"] = new Version(3, 0, 0, 0),
        ["Microsoft.Extensions.Http.Polly"] = new Version(5, 0, 1, 0),
        // Through FluentValidation.AspNetCore 11.3.0 (Nop.Web.Framework): FluentValidation 11.5.1 or later, assembly 11.0.0.0.
        ["FluentValidation"] = new Version(11, 0, 0, 0)
    };

    private ZipArchive _zip = null!;

    [OneTimeSetUp]
    public void OpenZip() => _zip = ZipFile.OpenRead(PluginZipBuilder.ZipPath);

    [OneTimeTearDown]
    public void CloseZip() => _zip?.Dispose();

    private IEnumerable<string> Names => _zip.Entries.Select(e => e.FullName);

    [Test]
    public void Has_exactly_one_root_folder_named_after_the_system_name_with_forward_slashes()
    {
        Assert.That(Names.Select(n => n.Split('/')[0]).Distinct(), Is.EqualTo(new[] { "Payments.Ecster" }));
        Assert.That(Names.Where(n => n.Contains('\\')), Is.Empty);
    }

    [Test]
    public void Descriptor_is_at_the_root_and_supports_4_90()
    {
        var json = JObject.Parse(ReadText(Root + "plugin.json"));

        Assert.Multiple(() =>
        {
            Assert.That((string?)json["SystemName"], Is.EqualTo(EcsterDefaults.SystemName));
            Assert.That((string?)json["Group"], Is.EqualTo("Payment methods"));
            Assert.That((string?)json["FriendlyName"], Is.EqualTo("Ecster"));
            Assert.That(json["SupportedVersions"]!.Values<string>(), Does.Contain("4.90"));
            Assert.That((string?)json["FileName"], Is.EqualTo("Nop.Plugin.Payments.Ecster.dll"));
            Assert.That(Names, Does.Contain(Root + (string?)json["FileName"]));
            Assert.That((string?)json["Version"], Is.Not.Empty);
            Assert.That((string?)json["Author"], Is.Not.Empty);
            Assert.That((string?)json["Description"], Is.Not.Empty);
        });
    }

    [Test]
    public void Carries_logo_and_every_view_and_content_file_of_the_repo()
    {
        Assert.That(Names, Does.Contain(Root + "logo.png"));
        foreach (var folder in new[] { "Views", "Content" })
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Combine(folder), "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/');
            Assert.That(Names, Does.Contain(Root + relative));
        }
    }

    [Test]
    public void Carries_our_assemblies_and_only_libraries_the_store_lacks()
    {
        var assemblies = Names.Where(n => n.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(n => n[Root.Length..]).ToList();

        Assert.That(assemblies, Is.EquivalentTo(ExpectedAssemblies));
    }

    [Test]
    public void Carries_no_Polly_and_the_client_is_built_against_the_Polly_the_store_ships()
    {
        Assert.That(Names.Where(n => Path.GetFileName(n).Contains("Polly", StringComparison.OrdinalIgnoreCase)), Is.Empty);

        var client = AssemblyReferences(_zip.GetEntry(Root + "Ecster.Client.dll")!).ToDictionary(r => r.Name, r => r.Version);
        // Exactly, not "at most": the store loads its own copy, and a Polly 8 reference (8.0.0.0) would not bind to it.
        Assert.That(client["Polly"], Is.EqualTo(HostPackages["Polly"]));
        Assert.That(client["Microsoft.Extensions.Http.Polly"], Is.EqualTo(HostPackages["Microsoft.Extensions.Http.Polly"]));
    }

    [Test]
    public void Carries_no_FluentValidation_and_the_plugin_is_built_against_the_one_the_store_ships()
    {
        Assert.That(Names.Where(n => Path.GetFileName(n).StartsWith("FluentValidation", StringComparison.OrdinalIgnoreCase)), Is.Empty);

        var plugin = AssemblyReferences(_zip.GetEntry(Root + "Nop.Plugin.Payments.Ecster.dll")!).ToDictionary(r => r.Name, r => r.Version);
        // The configuration validators run in the store's FluentValidation: a reference to 12.0.0.0 would not bind to it.
        Assert.That(plugin["FluentValidation"], Is.EqualTo(HostPackages["FluentValidation"]));
    }

    [Test]
    public void Never_carries_a_nopCommerce_or_reference_assembly()
    {
        var carried = Names.Select(n => Path.GetFileNameWithoutExtension(n));
        Assert.That(carried.Intersect(NopAssemblies), Is.Empty);
    }

    [Test]
    public void Every_assembly_reference_resolves_to_the_zip_the_store_or_the_framework()
    {
        var inZip = Names.Where(n => n.EndsWith(".dll")).Select(Path.GetFileNameWithoutExtension).ToHashSet()!;
        var problems = new List<string>();
        var nopReferenced = new HashSet<string>();

        foreach (var entry in _zip.Entries.Where(e => e.FullName.EndsWith(".dll")))
        foreach (var (name, version) in AssemblyReferences(entry))
        {
            if (inZip.Contains(name)) continue;
            if (NopAssemblies.Contains(name))
            {
                nopReferenced.Add(name);
                if (version != new Version(4, 90, 0, 0))
                    problems.Add($"{entry.Name} references {name} {version}, but nopCommerce 4.90 is 4.90.0.0");
                continue;
            }
            if (HostPackages.TryGetValue(name, out var shipped))
            {
                if (version > shipped) problems.Add($"{entry.Name} needs {name} {version}; the store ships {shipped}");
                continue;
            }
            var framework = name is "netstandard" or "mscorlib" || name.StartsWith("System.") || name.StartsWith("Microsoft.AspNetCore.") ||
                            name.StartsWith("Microsoft.Extensions.") || name.StartsWith("Microsoft.Net.") || name == "Microsoft.Win32.Primitives";
            if (!framework) problems.Add($"{entry.Name} references {name} {version}, which neither the zip nor a nopCommerce 4.90 store provides");
            else if (version.Major > 9) problems.Add($"{entry.Name} references {name} {version}, newer than the store's .NET 9 runtime");
        }

        Assert.That(problems, Is.Empty);
        Assert.That(nopReferenced, Does.Contain("Nop.Services").And.Contain("Nop.Core"), "the plugin is built against nopCommerce");
    }

    private string ReadText(string name)
    {
        var entry = _zip.GetEntry(name) ?? throw new AssertionException($"{name} is not in the zip");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    private static List<(string Name, Version Version)> AssemblyReferences(ZipArchiveEntry entry)
    {
        using var memory = new MemoryStream();
        using (var stream = entry.Open()) stream.CopyTo(memory);
        memory.Position = 0;
        using var pe = new PEReader(memory);
        var md = pe.GetMetadataReader();
        return md.AssemblyReferences.Select(h => md.GetAssemblyReference(h))
            .Select(r => (md.GetString(r.Name), r.Version)).ToList();
    }
}
