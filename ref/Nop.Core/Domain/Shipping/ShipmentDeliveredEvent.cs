// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Domain/Shipping/ShipmentDeliveredEvent.cs
namespace Nop.Core.Domain.Shipping;

public partial class ShipmentDeliveredEvent
{
    public ShipmentDeliveredEvent(Shipment shipment)
    {
        Shipment = shipment;
    }

    public Shipment Shipment { get; }
}
