namespace Ecster.Client.Tests.Support;

/// <summary>Answers copied from docs/ecster-api.md, so mapping tests check the client against the contract.</summary>
public static class EcsterJsonSamples
{
    /// <summary>docs §7.3's example of GET /v1/orders/{orderId}, verbatim, with one field the contract does not know.</summary>
    public const string Order = """
        {
          "id": "zburxHFw0xQmyOmVOrcq",
          "merchantId": "100646739",
          "status": "READY",
          "properties": { "method": "INVOICE", "submethod": "INVOICE_SE_1", "startFee": 2900, "directDebit": false, "dueDays": 14 },
          "created": "2019-01-13T20:50:04+01:00",
          "amount": 32900,
          "currency": "SEK",
          "debitedAmount": 0,
          "creditedAmount": 0,
          "orderReference": "orderReferenceDefValue",
          "consumer": {
            "nationalId": "SE480502-4876",
            "name": { "firstName": "Claes", "lastName": "Kauppi" },
            "address": { "line1": "Vindög 4", "city": "Nymölla", "zip": "29513" },
            "contactInfo": { "email": "pada09@ecster.se", "cellular": { "number": "0707333444" }, "phone": {} }
          },
          "transactions": [
            { "id": "n2XxuckFwp6qL8NQSGAU", "type": "ORIGINAL", "created": "2019-01-13T20:50:04+01:00", "amount": 32900,
              "rows": [ { "name": "Test name", "quantity": 1, "unitAmount": 30000, "vatRate": 2500 } ] }
          ],
          "someFutureField": { "nested": true }
        }
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
