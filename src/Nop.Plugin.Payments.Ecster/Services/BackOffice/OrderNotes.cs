using Nop.Core.Domain.Orders;
using Nop.Services.Orders;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice;

/// <summary>Writes the back office's steps on the order for admins (never shown to the customer).</summary>
public class OrderNotes
{
    private readonly IOrderService _orderService;
    private readonly BackOfficeTexts _texts;
    private readonly TimeProvider _timeProvider;

    public OrderNotes(IOrderService orderService, BackOfficeTexts texts, TimeProvider timeProvider)
    {
        _orderService = orderService;
        _texts = texts;
        _timeProvider = timeProvider;
    }

    /// <summary>Adds the localised note <c>Notes.{key}</c>. Callers pass masked data only.</summary>
    public async Task AddAsync(Order order, string key, params object?[] args)
    {
        var text = await _texts.GetAsync("Notes." + key, args);
        await _orderService.InsertOrderNoteAsync(new OrderNote
        {
            OrderId = order.Id,
            Note = "Ecster: " + text,
            DisplayToCustomer = false,
            CreatedOnUtc = _timeProvider.GetUtcNow().UtcDateTime
        });
    }
}
