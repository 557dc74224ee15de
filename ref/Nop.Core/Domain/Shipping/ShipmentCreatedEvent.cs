// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Domain/Shipping/ShipmentCreatedEvent.cs
namespace Nop.Core.Domain.Shipping;

public partial class ShipmentCreatedEvent
{
    public ShipmentCreatedEvent(Shipment shipment)
    {
        Shipment = shipment;
    }

    public Shipment Shipment { get; }
}
