using Ecster.Client;
using Ecster.Client.Models;
using Ecster.Integration.Tests.BackOffice;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Ecster;
using NopOrder = Nop.Core.Domain.Orders.Order;

namespace Ecster.Integration.Tests.Soak;

/// <summary>
/// One identified shopper buying many times on one ticket, so the soak spends its requests on money movements
/// rather than on BankID; checkout's own identification is tested elsewhere.
/// </summary>
internal sealed class SoakBuyer
{
    private readonly string _ticket;

    private SoakBuyer(string ticket) => _ticket = ticket;

    public static async Task<SoakBuyer> IdentifyAsync(IEcsterClient client)
    {
        var ticket = await SandboxIdentity.TicketAsync(client);
        return new SoakBuyer(ticket.Id);
    }

    public async Task<(NopOrder Nop, Order Ecster)> PlaceAsync(BackOfficeHarness harness, decimal amount)
    {
        var options = await harness.Client.GetPaymentOptionsAsync(new PaymentOptionsRequest { Ticket = _ticket, Amount = amount });
        var guid = Guid.NewGuid();
        var ecster = await harness.Client.CreateOrderAsync(new CreateOrderRequest
        {
            OrderReference = guid.ToString(),
            Ticket = _ticket,
            PaymentOption = options.Options[0].Id,
            Cart = new Cart
            {
                Amount = amount,
                Rows = [new CartRow { PartNumber = "SOAK", Name = "Soak item", Quantity = 1, UnitAmount = amount, VatRate = 25m }]
            }
        });
        var nop = harness.NopOrderFor(guid, amount, ecster.Id);
        harness.Register(nop);
        return (nop, ecster);
    }
}
