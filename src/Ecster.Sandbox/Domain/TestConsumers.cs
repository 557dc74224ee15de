namespace Ecster.Sandbox.Domain;

/// <summary>
/// The test consumers of docs §11. Anyone else is not in the sandbox's "population register": BankID fails
/// with startFailed and an ID document answers ID_DOCUMENT_MISMATCH.
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

    /// <summary>Who a BankID start without a personal number (QR code) identifies.</summary>
    public static TestConsumer QrCodeDefault => All[0];

    public static TestConsumer? Find(string normalizedPersonalNumber) =>
        All.FirstOrDefault(c => c.PersonalNumber == normalizedPersonalNumber);

    public static string Describe(TestConsumer consumer) => consumer.Behaviour switch
    {
        ConsumerBehaviour.Approved => $"approved, credit limit {consumer.CreditLimit / Kronor:N0} kr",
        ConsumerBehaviour.CreditDeclined => "credit declined (CREDIT_DECLINED)",
        ConsumerBehaviour.BankIdUserCancel => "BankID: user cancels in the app (userCancel)",
        ConsumerBehaviour.BankIdNeverSigns => "BankID: never signs (expiredTransaction)",
        ConsumerBehaviour.IdDocumentMismatch => "ID document details mismatch (ID_DOCUMENT_MISMATCH)",
        _ => consumer.Behaviour.ToString(),
    };
}
