// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/Orders/CustomValues.cs
namespace Nop.Services.Orders;

// A list of named values. Lookup by name (indexer, TryGetValue, Remove) works, because the plugin stores and reads
// its own values in ProcessPaymentRequest.CustomValues and tests need that data access; the XML (de)serialisation
// and the display-location filter are the store's business and are not implemented here.
public partial class CustomValues : List<CustomValue>
{
    public virtual List<CustomValue> GetValuesByDisplayLocation(CustomValueDisplayLocation displayLocation) => throw null!;

    public virtual string SerializeToXml() => throw null!;

    public virtual void FillByXml(string customValuesXml, bool displayToCustomerOnly = false) => throw null!;

    public virtual bool Remove(string name) => TryGetValue(name, out var customValue) && Remove(customValue);

    public virtual bool TryGetValue(string name, out CustomValue customValue)
    {
        customValue = Find(candidate => candidate.Name == name);
        return customValue is not null;
    }

    public virtual string this[string name]
    {
        get => TryGetValue(name, out var customValue) ? customValue.Value : throw new InvalidOperationException($"No custom value named {name}");
        set
        {
            Remove(name);
            Add(new CustomValue(name, value));
        }
    }
}
