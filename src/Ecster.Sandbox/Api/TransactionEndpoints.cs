using Ecster.Sandbox.Domain;
using Ecster.Sandbox.Http;
using Ecster.Sandbox.Model;

namespace Ecster.Sandbox.Api;

/// <summary>
/// docs §9: POST /orders/{id}/transactions. The whole check-and-apply runs under the order's lock, so concurrent
/// debits can never together move more than the rules allow. A repeated transactionReference is NOT replayed:
/// Ecster documents no idempotency, so a repeat is a new transaction like any other, and a caller that re-sends
/// a movement whose answer it lost moves money twice. The sandbox must never be kinder than Ecster.
/// </summary>
internal static class TransactionEndpoints
{
    public const int MaxReferenceLength = 64;

    public static void Map(IEndpointRouteBuilder api, SandboxRuntime runtime)
    {
        api.MapPost("/orders/{orderId}/transactions", async (HttpContext context, string orderId) =>
        {
            var request = await SandboxJson.ReadBodyAsync<TransactionRequest>(context);
            var command = TransactionCommand.From(request);
            var order = OrderLookup.Require(runtime, context, orderId);
            lock (order.Sync)
            {
                var transaction = TransactionRules.Apply(runtime, order, command);
                return HttpContextExtensions.Json(new TransactionResultView(order.Status, transaction.View(order.MerchantId)), 201);
            }
        });
    }
}

/// <summary>A validated transaction request (the 400 checks, which need no order).</summary>
internal sealed record TransactionCommand(
    string Type, long? Amount, IReadOnlyList<CartRowView>? Rows, string? DebitTransaction, string Reference)
{
    public static TransactionCommand From(TransactionRequest request)
    {
        var type = request.Type switch
        {
            TransactionTypes.Debit or TransactionTypes.Credit or TransactionTypes.Annul => request.Type,
            TransactionTypes.AnnulAsOnThePage => TransactionTypes.Annul,
            _ => throw ApiErrors.InvalidRequest("type must be DEBIT, CREDIT or ANNUL."),
        };
        if (string.IsNullOrWhiteSpace(request.TransactionReference)) throw ApiErrors.InvalidRequest("transactionReference is required.");
        if (request.TransactionReference.Length > TransactionEndpoints.MaxReferenceLength)
            throw ApiErrors.InvalidRequest($"transactionReference is longer than {TransactionEndpoints.MaxReferenceLength} characters.");
        if (request.Amount is { } given && given <= 0) throw ApiErrors.InvalidAmount("amount must be a positive number of öre.");
        if (request.Amount is null && type != TransactionTypes.Annul) throw ApiErrors.InvalidAmount("amount is required.");
        if (request.DebitTransaction is not null && type != TransactionTypes.Credit)
            throw ApiErrors.InvalidRequest("debitTransaction belongs to a CREDIT only.");
        // Ecster credits a named debit: a CREDIT without one is refused, as a real refund would be.
        if (type == TransactionTypes.Credit && string.IsNullOrWhiteSpace(request.DebitTransaction))
            throw ApiErrors.InvalidRequest("debitTransaction is required for a CREDIT.");

        IReadOnlyList<CartRowView>? rows = null;
        if (request.Rows is not null)
        {
            if (request.Rows.Count == 0) throw ApiErrors.InvalidRequest("rows, when given, must hold at least one row.");
            var (validRows, total) = CartValidator.ValidateRows(request.Rows, "rows");
            if (request.Amount is { } amount && total != amount)
                throw ApiErrors.InvalidCart($"The rows add up to {total} öre, not amount {amount}.");
            rows = validRows;
        }

        return new TransactionCommand(type, request.Amount, rows, request.DebitTransaction, request.TransactionReference);
    }
}
