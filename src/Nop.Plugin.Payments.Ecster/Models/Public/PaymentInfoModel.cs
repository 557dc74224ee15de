namespace Nop.Plugin.Payments.Ecster.Models.Public;

/// <summary>What the payment step's view needs: where its endpoints are and who is at the keyboard.</summary>
public sealed class PaymentInfoModel
{
    /// <summary>Staff placing the order for a customer: the document form is offered besides BankID.</summary>
    public bool IsStaffSale { get; init; }

    /// <summary>The shopper identified earlier in this checkout and the ticket still lives: show the options again.</summary>
    public bool ResumeWithOptions { get; init; }

    public string StartUrl { get; init; } = string.Empty;
    public string CollectUrl { get; init; } = string.Empty;
    public string CancelUrl { get; init; } = string.Empty;
    public string OptionsUrl { get; init; } = string.Empty;
    public string DocumentUrl { get; init; } = string.Empty;
}
