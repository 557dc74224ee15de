namespace Ecster.Client.Models;

/// <summary>A person's name as Ecster nests it (docs §5, §7.3): <c>{ firstName, lastName }</c>.</summary>
public sealed class PersonName
{
    public string? FirstName { get; set; }

    public string? LastName { get; set; }
}
