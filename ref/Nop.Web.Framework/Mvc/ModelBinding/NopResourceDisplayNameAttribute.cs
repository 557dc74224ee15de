// Mirrors nopCommerce 4.90.3 src/Presentation/Nop.Web.Framework/Mvc/ModelBinding/NopResourceDisplayNameAttribute.cs
using System.ComponentModel;

namespace Nop.Web.Framework.Mvc.ModelBinding;

// The real attribute overrides DisplayName to look the resource up in the running store. That lookup is left out:
// here DisplayName is the resource key itself (DisplayNameAttribute's own behaviour).
[AttributeUsage(AttributeTargets.Property)]
public sealed class NopResourceDisplayNameAttribute : DisplayNameAttribute, IModelAttribute
{
    public NopResourceDisplayNameAttribute(string resourceKey) : base(resourceKey)
    {
        ResourceKey = resourceKey;
    }

    public string ResourceKey { get; set; }

    public string Name => nameof(NopResourceDisplayNameAttribute);
}
