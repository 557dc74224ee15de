using Ecster.Client.Serialization;
using System.Text.Json.Serialization;

namespace Ecster.Client.Models;

/// <summary>Answer of GET /paymentmethods (docs §2).</summary>
public sealed class PaymentMethodList
{
    public List<PaymentMethod> PaymentMethods { get; set; } = [];
}

/// <summary>One payment method and the order amounts it accepts.</summary>
public sealed class PaymentMethod
{
    /// <summary>See <see cref="PaymentMethodType"/>.</summary>
    public string Type { get; set; } = string.Empty;

    public string? Name { get; set; }

    /// <summary>SEK.</summary>
    [JsonConverter(typeof(OreAmountConverter))]
    public decimal MinAmount { get; set; }

    /// <summary>SEK.</summary>
    [JsonConverter(typeof(OreAmountConverter))]
    public decimal MaxAmount { get; set; }

    /// <summary>See <see cref="IdentificationMethod"/>.</summary>
    public List<string> IdentificationMethods { get; set; } = [];

    /// <summary>See <see cref="Channel"/>.</summary>
    public List<string> Channels { get; set; } = [];
}
