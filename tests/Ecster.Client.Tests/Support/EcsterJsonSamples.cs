namespace Ecster.Client.Tests.Support;

/// <summary>Answers copied from docs/ecster-api.md, so mapping tests check the client against the contract.</summary>
public static class EcsterJsonSamples
{
    public const string Order = """
        { "id": "ECS-100042", "merchantId": "sandbox-merchant", "orderReference": "3f1c0b9e-ref",
          "status": "READY", "channel": "ECOMMERCE", "currency": "SEK",
          "amount": 1249900, "debitedAmount": 0, "creditedAmount": 0, "annulledAmount": 0, "remainingAmount": 1249900,
          "paymentOption": { "id": "opt-1", "code": "PP12", "paymentMethod": "PART_PAYMENT", "months": 12, "description": "Delbetalning 12 månader" },
          "properties": { "method": "PART_PAYMENT", "invoiceFee": 0 },
          "consumer": { "name": { "firstName": "Anna", "lastName": "Andersson" } },
          "debitConsent": { "required": false, "status": "NOT_REQUIRED", "maxAmount": null, "signedAt": null },
          "cart": { "amount": 1249900, "currency": "SEK", "message": "Order 1042", "rows": [
            { "partNumber": "SKU-1", "name": "Soffa \"Lyx\", grå", "description": null, "quantity": 1,
              "unitAmount": 1199900, "vatRate": 2500, "discountAmount": 0, "fee": false },
            { "partNumber": "Shipping", "name": "Frakt", "quantity": 1, "unitAmount": 50000, "vatRate": 2500,
              "discountAmount": 0, "fee": true } ] },
          "transactions": [ { "id": "TX-1", "type": "DEBIT", "amount": 50000, "transactionReference": "cap-1",
                              "debitTransaction": null, "rows": null, "created": "2026-11-25T12:05:00+00:00" } ],
          "createdAt": "2026-11-25T12:00:00+00:00", "updatedAt": "2026-11-25T12:05:00+00:00",
          "someFutureField": { "nested": true } }
        """;

    /// <summary>docs §9: the answer of a transaction, shaped as Ecster's annul example (orderStatus, transaction).</summary>
    public static string TransactionResult(string type, long amount, string reference) => $$"""
        { "orderStatus": "PARTIALLY_DELIVERED",
          "transaction": { "id": "TX-2", "transactionReference": "{{reference}}", "type": "{{type}}",
                           "created": "2026-11-25T12:06:00+00:00", "amount": {{amount}}, "rows": [],
                           "message": "TestMessage", "merchantId": "69260825" } }
        """;

    public const string Anna12 = "198112189801";
}
