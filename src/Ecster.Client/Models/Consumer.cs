namespace Ecster.Client.Models;

/// <summary>The identified consumer as Ecster returns them.</summary>
public sealed class Consumer
{
    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    /// <summary>Masked by <see cref="PersonalIdentityNumber.ToString"/>; absent where Ecster leaves it out.</summary>
    public PersonalIdentityNumber? PersonalNumber { get; set; }
}
