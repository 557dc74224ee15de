namespace Nop.Plugin.Payments.Ecster.Services.Terms;

/// <summary>What a shopper pays under one term for one price: the rows of the terms view.</summary>
public sealed record InstalmentPlan(
    CreditTerm Term,
    decimal Credit,
    decimal MonthlyAmount,
    decimal TotalAmount,
    decimal TotalCost,
    decimal EffectiveInterestRatePercent);
