// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Domain/Shipping/Shipment.cs
namespace Nop.Core.Domain.Shipping;

public partial class Shipment : BaseEntity
{
    public int OrderId { get; set; }

    public string TrackingNumber { get; set; }

    public decimal? TotalWeight { get; set; }

    public DateTime? ShippedDateUtc { get; set; }

    public DateTime? DeliveryDateUtc { get; set; }

    public DateTime? ReadyForPickupDateUtc { get; set; }

    public string AdminComment { get; set; }

    public DateTime CreatedOnUtc { get; set; }
}
