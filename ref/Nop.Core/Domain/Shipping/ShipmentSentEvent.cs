// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Domain/Shipping/ShipmentSentEvent.cs
namespace Nop.Core.Domain.Shipping;

public partial class ShipmentSentEvent
{
    public ShipmentSentEvent(Shipment shipment)
    {
        Shipment = shipment;
    }

    public Shipment Shipment { get; }
}
