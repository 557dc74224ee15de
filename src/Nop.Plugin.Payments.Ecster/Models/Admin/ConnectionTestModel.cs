namespace Nop.Plugin.Payments.Ecster.Models.Admin;

/// <summary>
/// The configuration form as "Test connection" posts it. A type of its own because nopCommerce validates every bound
/// model with the one validator registered for its exact type: this one gets only the connection rules
/// (Validators/ConnectionTestValidator), so an unfinished form that is not being saved can still be tried.
/// </summary>
public record ConnectionTestModel : ConfigurationModel;
