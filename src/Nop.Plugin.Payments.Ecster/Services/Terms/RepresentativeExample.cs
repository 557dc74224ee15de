namespace Nop.Plugin.Payments.Ecster.Services.Terms;

/// <summary>
/// Ecster's own representative credit example, shown as Swedish consumer-credit marketing rules require
/// (Konsumentkreditlagen 2010:1846, 8 §): credit amount, period, interest, effective interest, total to pay.
/// </summary>
public sealed record RepresentativeExample(
    string Code,
    decimal Amount,
    int Months,
    decimal NominalInterestRatePercent,
    decimal EffectiveInterestRatePercent,
    decimal SetupFee,
    decimal MonthlyFee,
    decimal MonthlyAmount,
    decimal TotalAmount);
