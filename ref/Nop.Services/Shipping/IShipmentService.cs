// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/Shipping/IShipmentService.cs
using Nop.Core.Domain.Shipping;

namespace Nop.Services.Shipping;

// Reading shipments and their items; search, editing and trackers are left out.
public partial interface IShipmentService
{
    Task<IList<Shipment>> GetShipmentsByIdsAsync(int[] shipmentIds);

    Task<Shipment> GetShipmentByIdAsync(int shipmentId);

    Task<IList<Shipment>> GetShipmentsByOrderIdAsync(int orderId, bool? shipped = null, bool? readyForPickup = null, int vendorId = 0);

    Task<IList<ShipmentItem>> GetShipmentItemsByShipmentIdAsync(int shipmentId);

    Task<ShipmentItem> GetShipmentItemByIdAsync(int shipmentItemId);
}
