using Newtonsoft.Json;
using Nop.Plugin.Payments.Ecster.Services.Contact;
using Nop.Services.Common;
using NopOrder = Nop.Core.Domain.Orders.Order;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice.Consent;

/// <summary>
/// Stores <see cref="DebitConsentRecord"/> as a generic attribute of the order (key
/// <see cref="EcsterDefaults.DebitConsentAttributeKey"/>), apart from the money ledger: the consent is the
/// customer's signature, not a movement, and nopCommerce's shared database makes it the same on every node.
/// </summary>
public class DebitConsentRecords
{
    private readonly IGenericAttributeService _genericAttributeService;
    private readonly SalesPersons _salesPersons;

    public DebitConsentRecords(IGenericAttributeService genericAttributeService, SalesPersons salesPersons)
    {
        _genericAttributeService = genericAttributeService;
        _salesPersons = salesPersons;
    }

    /// <summary>
    /// An order needs a consent when it was created in person (docs §8). The plugin creates an in-person ticket
    /// exactly for a store sale, and only a store sale is created with a sales person, kept on the order.
    /// </summary>
    public async Task<bool> IsRequiredAsync(NopOrder order) => await _salesPersons.OfOrderAsync(order) is not null;

    public async Task<DebitConsentRecord?> LoadAsync(NopOrder order)
    {
        var json = await _genericAttributeService.GetAttributeAsync<string>(order, EcsterDefaults.DebitConsentAttributeKey);
        if (string.IsNullOrWhiteSpace(json))
            return null;
        try
        {
            return JsonConvert.DeserializeObject<DebitConsentRecord>(json);
        }
        catch (JsonException)
        {
            // A damaged record proves nothing: the consent counts as not recorded, and Ecster still checks the debit.
            return null;
        }
    }

    public Task SaveAsync(NopOrder order, DebitConsentRecord record) =>
        _genericAttributeService.SaveAttributeAsync(order, EcsterDefaults.DebitConsentAttributeKey, JsonConvert.SerializeObject(record));

    /// <summary>Forgets a started signature that ended unsigned, so it is not read again.</summary>
    public Task ForgetAsync(NopOrder order) =>
        _genericAttributeService.SaveAttributeAsync<string?>(order, EcsterDefaults.DebitConsentAttributeKey, null);
}
