// Mirrors nopCommerce 4.90.3 src/Presentation/Nop.Web.Framework/Models/BaseNopModel.cs
namespace Nop.Web.Framework.Models;

public partial record BaseNopModel
{
    // CustomProperties is never null, and PostInitialize is the hook derived models override to set themselves up
    // at construction, as in the real model; a model built in a test is then shaped as in the store.
    public BaseNopModel()
    {
        CustomProperties = new Dictionary<string, string>();
        PostInitialize();
    }

    protected virtual void PostInitialize()
    {
    }

    public Dictionary<string, string> CustomProperties { get; set; }
}
