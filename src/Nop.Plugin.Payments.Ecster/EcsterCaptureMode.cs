namespace Nop.Plugin.Payments.Ecster;

/// <summary>When the plugin debits (captures) an authorised Ecster order.</summary>
public enum EcsterCaptureMode
{
    /// <summary>Only when an admin presses Capture on the order page.</summary>
    OnAdminCapture = 0,

    /// <summary>Automatically, per shipment, when a shipment is marked as sent; the last shipment debits the rest.</summary>
    OnShipmentSent = 1
}
