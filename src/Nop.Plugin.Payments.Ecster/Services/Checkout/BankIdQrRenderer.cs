using QRCoder;

namespace Nop.Plugin.Payments.Ecster.Services.Checkout;

/// <summary>
/// Draws BankID QR content as an SVG on the server, so the page needs no QR script and the QR secret never reaches
/// the browser (it only ever sees one second's code).
/// </summary>
public static class BankIdQrRenderer
{
    /// <summary>Pixels per module; the SVG scales, this only sets its intrinsic size.</summary>
    private const int PixelsPerModule = 6;

    public static string ToSvg(string qrContent)
    {
        using var generator = new QRCodeGenerator();
        // Level L (as BankID's own apps use): the content is short-lived and shown on screens, not printed.
        using var data = generator.CreateQrCode(qrContent, QRCodeGenerator.ECCLevel.L);
        return new SvgQRCode(data).GetGraphic(PixelsPerModule);
    }
}
