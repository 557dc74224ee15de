// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/Orders/CustomValue.cs
namespace Nop.Services.Orders;

public partial class CustomValue
{
    public CustomValue(string name, string value, CustomValueDisplayLocation displayLocation = CustomValueDisplayLocation.Payment, bool displayToCustomer = true, DateTime? createdOnUtc = null)
    {
        Name = name;
        Value = value;
        DisplayLocation = displayLocation;
        DisplayToCustomer = displayToCustomer;
        CreatedOnUtc = createdOnUtc;
    }

    public string Value { get; set; }

    public string Name { get; set; }

    public bool DisplayToCustomer { get; set; }

    public CustomValueDisplayLocation DisplayLocation { get; set; }

    public DateTime? CreatedOnUtc { get; set; }

    public override string ToString() => Value;
}
