namespace Ecster.Client.Tests.Domain;

public class AssemblyReferenceTests
{
    [Test]
    public void The_client_references_no_nopCommerce_assembly()
    {
        var references = typeof(EcsterClient).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty).ToList();

        Assert.That(references, Is.Not.Empty);
        Assert.That(references.Where(n => n.StartsWith("Nop.", StringComparison.OrdinalIgnoreCase) || n == "Nop"), Is.Empty);
    }

    [Test]
    public void The_client_targets_net9_to_run_in_nopCommerce_4_90()
    {
        var framework = typeof(EcsterClient).Assembly
            .GetCustomAttributes(typeof(System.Runtime.Versioning.TargetFrameworkAttribute), false)
            .Cast<System.Runtime.Versioning.TargetFrameworkAttribute>().Single();
        Assert.That(framework.FrameworkName, Is.EqualTo(".NETCoreApp,Version=v9.0"));
    }
}
