using Ecster.Sandbox.Domain;
using Ecster.Sandbox.Http;
using Ecster.Sandbox.Model;
using Ecster.Sandbox.Notifications;

namespace Ecster.Sandbox.Api;

/// <summary>docs §7: create, read, update an order and change its reference.</summary>
internal static class OrderEndpoints
{
    public const int MaxReferenceLength = 64;

    public static void Map(IEndpointRouteBuilder api, SandboxRuntime runtime)
    {
        api.MapPost("/orders", async (HttpContext context) =>
        {
            var request = await SandboxJson.ReadBodyAsync<CreateOrderRequest>(context);
            var reference = ValidateReference(request.OrderReference, "orderReference");
            if (string.IsNullOrWhiteSpace(request.PaymentOptionId)) throw ApiErrors.InvalidRequest("paymentOptionId is required.");
            if (string.IsNullOrWhiteSpace(request.Ticket)) throw ApiErrors.InvalidRequest("ticket is required.");
            var channel = Channels.Validate(request.Channel);
            var cart = CartValidator.Validate(request.Cart);
            var notificationUrl = ValidateNotificationUrl(request.NotificationUrl);
            var fingerprint = SandboxJson.Fingerprint(new { request.Ticket, request.PaymentOptionId, channel, cart, notificationUrl });
            var merchantId = context.MerchantId();

            Order order;
            lock (runtime.Store.ReferenceLock)
            {
                if (runtime.Store.OrdersByReference.TryGetValue((merchantId, reference), out var existingId))
                {
                    var existing = runtime.Store.Orders[existingId];
                    if (existing.CreateFingerprint != fingerprint)
                        throw ApiErrors.ReferenceConflict("An order with this orderReference exists with other content.");
                    Replay.Mark(context);
                    lock (existing.Sync) return HttpContextExtensions.Json(existing.View());
                }

                var ticket = TicketEndpoints.RequireLiving(runtime, request.Ticket);
                var option = RequireOption(runtime, request.PaymentOptionId, ticket.Consumer, cart.Amount, channel);
                if (option.TicketId != ticket.Id)
                    throw ApiErrors.PaymentOptionInvalid("The payment option was given for another ticket.");
                CreditDecision.Require(ticket.Consumer, cart.Amount);

                order = new Order(runtime.Store.NextOrderId(), merchantId, reference, channel, cart, option, ticket.Consumer,
                    notificationUrl, fingerprint, runtime.Clock.Now());
                runtime.Store.Orders[order.Id] = order;
                runtime.Store.OrdersByReference[(merchantId, reference)] = order.Id;
            }

            lock (order.Sync)
            {
                runtime.Notifications.Notify(order, NotificationEvents.OrderCreated);
                return HttpContextExtensions.Json(order.View(), 201);
            }
        });

        api.MapGet("/orders/{orderId}", (HttpContext context, string orderId) =>
        {
            var order = OrderLookup.Require(runtime, context, orderId);
            lock (order.Sync) return HttpContextExtensions.Json(order.View());
        });

        // docs §7.4: search answers a bare array; every parameter is optional, the sandbox filters by reference and status.
        api.MapGet("/orders", (HttpContext context) =>
        {
            var query = new QueryParameters(context);
            var reference = query.Optional("orderReference");
            if (reference is not null) ValidateReference(reference, "orderReference");
            var status = query.Optional("status");
            var merchantId = context.MerchantId();

            var orders = new List<OrderView>();
            foreach (var order in runtime.Store.OrdersInCreationOrder().Where(o => o.MerchantId == merchantId))
            {
                lock (order.Sync)
                {
                    if (reference is not null && order.OrderReference != reference) continue;
                    if (status is not null && order.Status != status) continue;
                    orders.Add(order.View());
                }
            }
            return HttpContextExtensions.Json(orders);
        });

        api.MapPut("/orders/{orderId}", async (HttpContext context, string orderId) =>
        {
            var request = await SandboxJson.ReadBodyAsync<UpdateOrderRequest>(context);
            if (request.Cart is null && request.PaymentOptionId is null) throw ApiErrors.InvalidRequest("Give cart and/or paymentOptionId.");
            var cart = request.Cart is null ? null : CartValidator.Validate(request.Cart);
            var order = OrderLookup.Require(runtime, context, orderId);
            lock (order.Sync)
            {
                // docs §7.5: only while READY (Ecster's update page), any number of times until the order is debited.
                if (order.Status != OrderStatuses.Ready)
                    throw ApiErrors.InvalidOrderState("The order can only be updated while it is READY.");
                var newCart = cart ?? order.Cart;
                if (newCart.Amount <= order.Annulled)
                    throw ApiErrors.InvalidOrderState("The new amount is not above what has already been annulled.");
                var option = request.PaymentOptionId is null
                    ? order.Option
                    : RequireOption(runtime, request.PaymentOptionId, order.Consumer, newCart.Amount, order.Channel);
                if (newCart.Amount > option.Term.MaxAmount)
                    throw ApiErrors.OverCreditLimit("The amount is above what the payment option allows.");
                if (newCart.Amount < option.Term.MinAmount)
                    throw ApiErrors.PaymentOptionInvalid("The amount is below what the payment option allows.");
                CreditDecision.Require(order.Consumer, newCart.Amount);

                order.Cart = newCart;
                order.Option = option;
                // A signed consent keeps covering the amount it was signed for (its maxAmount); debits above it
                // answer AMOUNT_EXCEEDS_CONSENT until the consumer signs a new consent for the new amount.
                order.UpdatedAt = runtime.Clock.Now();
                runtime.Notifications.Notify(order, NotificationEvents.OrderUpdated);
                return HttpContextExtensions.Json(order.View());
            }
        });

        api.MapPut("/orders/{orderId}/orderReference", async (HttpContext context, string orderId) =>
        {
            var request = await SandboxJson.ReadBodyAsync<OrderReferenceRequest>(context);
            var reference = ValidateReference(request.OrderReference, "orderReference");
            var order = OrderLookup.Require(runtime, context, orderId);
            lock (runtime.Store.ReferenceLock)
            {
                if (runtime.Store.OrdersByReference.TryGetValue((order.MerchantId, reference), out var holder) && holder != order.Id)
                    throw ApiErrors.ReferenceConflict("Another order has this orderReference.");
                // The old reference keeps pointing here, so a late retry of the create still finds this order.
                runtime.Store.OrdersByReference[(order.MerchantId, reference)] = order.Id;
                lock (order.Sync)
                {
                    if (order.OrderReference != reference)
                    {
                        order.OrderReference = reference;
                        order.UpdatedAt = runtime.Clock.Now();
                        runtime.Notifications.Notify(order, NotificationEvents.OrderUpdated);
                    }
                    return HttpContextExtensions.Json(order.View());
                }
            }
        });
    }

    public static string ValidateReference(string? reference, string name)
    {
        if (string.IsNullOrWhiteSpace(reference)) throw ApiErrors.InvalidRequest($"{name} is required.");
        if (reference.Length > MaxReferenceLength) throw ApiErrors.InvalidRequest($"{name} is longer than {MaxReferenceLength} characters.");
        return reference;
    }

    private static PaymentOptionOffer RequireOption(SandboxRuntime runtime, string? optionId, TestConsumer consumer, long amount, string channel)
    {
        if (optionId is null || !runtime.Store.PaymentOptions.TryGetValue(optionId, out var option) || option.Consumer != consumer)
            throw ApiErrors.PaymentOptionInvalid("No such payment option for this consumer.");
        if (option.Amount != amount)
            throw ApiErrors.PaymentOptionInvalid("The payment option was given for another amount.");
        return option;
    }

    private static string? ValidateNotificationUrl(string? url)
    {
        if (url is null) return null;
        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? url
            : throw ApiErrors.InvalidRequest("notificationUrl must be an absolute http(s) URL.");
    }
}
