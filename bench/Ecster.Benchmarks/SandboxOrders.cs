using Ecster.Client;
using Ecster.Client.Models;

namespace Ecster.Benchmarks;

/// <summary>An authorised sandbox order with many rows: the largest bodies the plugin reads.</summary>
internal static class SandboxOrders
{
    public static Task<Order> CreateAsync(IEcsterClient client, int rows) => CreateAsync(client, LargeCart(rows));

    /// <summary>The plugin's checkout calls: eID start and collect, ticket, options for the exact total, order.</summary>
    public static async Task<Order> CreateAsync(IEcsterClient client, Cart cart)
    {
        var anna = PersonalIdentityNumber.Parse("19811218-9801");
        var eid = await client.StartEidAsync(new StartEidRequest { Type = IdentificationMethod.MobileBankId, NationalId = anna });
        while (eid.IsPending)
            eid = await client.CollectEidAsync(eid.Id);

        var ticket = await client.CreateTicketAsync(CreateTicketRequest.ForEid(IdentificationMethod.MobileBankId, eid.Id, anna));
        var options = await client.GetPaymentOptionsAsync(new PaymentOptionsRequest { Ticket = ticket.Id, Amount = cart.Amount });
        return await client.CreateOrderAsync(new CreateOrderRequest
        {
            OrderReference = Guid.NewGuid().ToString(),
            Ticket = ticket.Id,
            PaymentOption = options.Options[0].Id,
            Cart = cart
        });
    }

    public static Cart LargeCart(int rows)
    {
        var cart = new Cart { Message = "Benchmark order" };
        for (var i = 0; i < rows; i++)
            cart.Rows.Add(new CartRow { PartNumber = $"SKU-{i:D5}", Name = $"Produkt nummer {i} med ett \"citat\"", Quantity = 1 + i % 3, UnitAmount = 49.90m + i, VatRate = i % 4 == 0 ? 12m : 25m });
        cart.Amount = cart.Rows.Sum(r => r.UnitAmount * r.Quantity);
        return cart;
    }
}
