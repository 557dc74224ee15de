// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/BaseNopResult.cs
namespace Nop.Services;

// Results are plain data the plugin fills and tests read: AddError records, Success means "no errors", as in the
// real class. That is the type's contract, not nopCommerce behaviour.
public abstract partial class BaseNopResult
{
    public bool Success => Errors.Count == 0;

    public virtual void AddError(string error) => Errors.Add(error);

    public IList<string> Errors { get; set; } = new List<string>();
}
