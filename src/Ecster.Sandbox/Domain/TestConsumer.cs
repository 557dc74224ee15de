namespace Ecster.Sandbox.Domain;

internal enum ConsumerBehaviour
{
    Approved,
    CreditDeclined,
    BankIdUserCancel,
    BankIdNeverSigns,
    IdDocumentMismatch,
}

/// <summary>A person the sandbox knows; <see cref="CreditLimit"/> in öre.</summary>
internal sealed record TestConsumer(string PersonalNumber, string FirstName, string LastName, ConsumerBehaviour Behaviour, long CreditLimit)
{
    // The population register's address: every test consumer lives at the same made-up one.
    public string AddressLine1 => "Storgatan 1";
    public string City => "Stockholm";
    public string Zip => "111 22";

    public bool CreditDeclined => Behaviour == ConsumerBehaviour.CreditDeclined;

    /// <summary>The dashed 12-digit form shown on the sandbox's home page.</summary>
    public string Display => PersonalNumber[..8] + "-" + PersonalNumber[8..];
}
