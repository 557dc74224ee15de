// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Data/Mapping/NopEntityDescriptor.cs
namespace Nop.Data.Mapping;

public partial class NopEntityDescriptor
{
    public NopEntityDescriptor()
    {
        Fields = new List<NopEntityFieldDescriptor>();
    }

    public string EntityName { get; set; }
    public string SchemaName { get; set; }
    public ICollection<NopEntityFieldDescriptor> Fields { get; set; }
}
