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
            if (string.IsNullOrWhiteSpace(request.PaymentOption)) throw ApiErrors.InvalidRequest("paymentOption is required.");
            if (string.IsNullOrWhiteSpace(request.Ticket)) throw ApiErrors.InvalidRequest("ticket is required.");
            var cart = CartValidator.Validate(request.Cart);
            var attributes = ValidateAttributes(request);
            var merchantId = context.MerchantId();

            // No replay: Ecster documents no idempotency, so a repeated orderReference is simply another order.
            var ticket = TicketEndpoints.RequireLiving(runtime, request.Ticket);
            var option = RequireOption(runtime, request.PaymentOption, ticket.Consumer, cart.Amount);
            if (option.TicketId != ticket.Id)
                throw ApiErrors.PaymentOptionInvalid("The payment option was given for another ticket.");
            RequireRecipientAllowed(option, attributes);
            CreditDecision.Require(ticket.Consumer, cart.Amount);

            // docs §5: the ticket's inPerson, not the salesPerson attribute, makes the order a store sale.
            var order = new Order(runtime.Store.NextOrderId(), merchantId, reference, cart, option, ticket.Consumer,
                ticket.InPerson, attributes, runtime.Clock.Now());
            runtime.Store.Orders[order.Id] = order;

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
            // docs §7.5: every attribute again, as in create; what is left out is deleted.
            var reference = ValidateReference(request.OrderReference, "orderReference");
            var cart = CartValidator.Validate(request.Cart);
            var attributes = ValidateAttributes(request);
            var order = OrderLookup.Require(runtime, context, orderId);
            lock (order.Sync)
            {
                // docs §7.5: only while READY (Ecster's update page), any number of times until the order is debited.
                if (order.Status != OrderStatuses.Ready)
                    throw ApiErrors.InvalidOrderState("The order can only be updated while it is READY.");
                if (cart.Amount <= order.Annulled)
                    throw ApiErrors.InvalidOrderState("The new amount is not above what has already been annulled.");
                var option = request.PaymentOption is null
                    ? order.Option
                    : RequireOption(runtime, request.PaymentOption, order.Consumer, cart.Amount);
                if (cart.Amount > option.Term.MaxAmount)
                    throw ApiErrors.OverCreditLimit("The amount is above what the payment option allows.");
                if (cart.Amount < option.Term.MinAmount)
                    throw ApiErrors.PaymentOptionInvalid("The amount is below what the payment option allows.");
                RequireRecipientAllowed(option, attributes);
                CreditDecision.Require(order.Consumer, cart.Amount);

                order.Cart = cart;
                order.Option = option;
                order.OrderReference = reference;
                order.Attributes = attributes;
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
            lock (order.Sync)
            {
                // docs §7.6: any number of times; Ecster promises no unique references, so none is enforced.
                if (order.OrderReference != reference)
                {
                    order.OrderReference = reference;
                    order.UpdatedAt = runtime.Clock.Now();
                    runtime.Notifications.Notify(order, NotificationEvents.OrderUpdated);
                }
                return HttpContextExtensions.Json(order.View());
            }
        });
    }

    public static string ValidateReference(string? reference, string name)
    {
        if (string.IsNullOrWhiteSpace(reference)) throw ApiErrors.InvalidRequest($"{name} is required.");
        if (reference.Length > MaxReferenceLength) throw ApiErrors.InvalidRequest($"{name} is longer than {MaxReferenceLength} characters.");
        return reference;
    }

    private static PaymentOptionOffer RequireOption(SandboxRuntime runtime, string? optionId, TestConsumer consumer, long amount)
    {
        if (optionId is null || !runtime.Store.PaymentOptions.TryGetValue(optionId, out var option) || option.Consumer != consumer)
            throw ApiErrors.PaymentOptionInvalid("No such payment option for this consumer.");
        if (option.Amount != amount)
            throw ApiErrors.PaymentOptionInvalid("The payment option was given for another amount.");
        return option;
    }

    /// <summary>docs §6, §7.2: a recipient only when the order's payment option allows an alternate recipient (4432, Assumed).</summary>
    private static void RequireRecipientAllowed(PaymentOptionOffer option, OrderAttributes attributes)
    {
        if (attributes.Recipient is not null && !option.View.AllowAlternateRecipient)
            throw ApiErrors.RecipientNotAllowed("The payment option does not allow an alternate recipient.");
    }

    private static OrderAttributes ValidateAttributes(OrderAttributesRequest request)
    {
        if (request.SalesPerson is { } salesPerson && string.IsNullOrWhiteSpace(salesPerson))
            throw ApiErrors.InvalidRequest("salesPerson must not be blank.");
        if (request.Tags is { } tags && tags.Any(string.IsNullOrWhiteSpace))
            throw ApiErrors.InvalidRequest("tags must be strings.");
        return new OrderAttributes(request.ContactInfo, request.Recipient, ValidateNotificationUrl(request.NotificationUrl),
            request.SalesPerson, request.Parameters, request.Tags, request.OpenReservation ?? false);
    }

    private static string? ValidateNotificationUrl(string? url)
    {
        if (url is null) return null;
        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? url
            : throw ApiErrors.InvalidRequest("notificationURL must be an absolute http(s) URL.");
    }
}
