namespace Ecster.Sandbox.Domain;

/// <summary>
/// The test consumers of docs §11. Anyone else is not in the sandbox's "population register": BankID fails
/// with START_FAILED and a document ticket is refused (4003).
/// </summary>
internal static class TestConsumers
{
    private const long Kronor = 100;

    public static IReadOnlyList<TestConsumer> All { get; } =
    [
        new("198112189801", "Anna", "Andersson", ConsumerBehaviour.Approved, 200_000 * Kronor),
        new("197505059803", "Bertil", "Berg", ConsumerBehaviour.CreditDeclined, 0),
        new("199001019802", "Cecilia", "Carlsson", ConsumerBehaviour.BankIdUserCancel, 50_000 * Kronor),
        new("198506159808", "David", "Dahl", ConsumerBehaviour.BankIdNeverSigns, 50_000 * Kronor),
        new("199203129805", "Eva", "Ek", ConsumerBehaviour.IdDocumentMismatch, 50_000 * Kronor),
        new("197002289804", "Fredrik", "Falk", ConsumerBehaviour.Approved, 5_000 * Kronor),
        new("191212129801", "Greta", "Gran", ConsumerBehaviour.Approved, 200_000 * Kronor),
    ];

    public static TestConsumer? Find(string normalizedPersonalNumber) =>
        All.FirstOrDefault(c => c.PersonalNumber == normalizedPersonalNumber);

    public static string Describe(TestConsumer consumer) => consumer.Behaviour switch
    {
        ConsumerBehaviour.Approved => $"approved, credit limit {consumer.CreditLimit / Kronor:N0} kr",
        ConsumerBehaviour.CreditDeclined => "credit declined (CREDIT_DECLINED)",
        ConsumerBehaviour.BankIdUserCancel => "eID: the consumer cancels in the app (USER_CANCEL)",
        ConsumerBehaviour.BankIdNeverSigns => "eID: never signs (EXPIRED_TRANSACTION)",
        ConsumerBehaviour.IdDocumentMismatch => "a document ticket is refused (4003)",
        _ => consumer.Behaviour.ToString(),
    };
}
