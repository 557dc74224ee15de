using Newtonsoft.Json.Linq;

namespace Nop.Plugin.Payments.Ecster.Tests.Packaging;

public class PluginDescriptorTests
{
    [Test]
    public void Descriptor_names_the_plugin_class_assembly_and_system_name()
    {
        var json = JObject.Parse(File.ReadAllText(RepoPaths.Combine("plugin.json")));

        Assert.That((string?)json["SystemName"], Is.EqualTo(EcsterDefaults.SystemName));
        Assert.That((string?)json["FileName"], Is.EqualTo(typeof(EcsterPaymentMethod).Assembly.GetName().Name + ".dll"));
        Assert.That((int?)json["DisplayOrder"], Is.Not.Null);
    }
}
