using System.Collections.Concurrent;
using Ecster.Client;
using Ecster.Client.Models;
using Ecster.Integration.Tests.BackOffice;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Ecster;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Movements;
using Nop.Services.Payments;
using Nop.Web.Framework.Models;
using Nop.Plugin.Payments.Ecster.Components.Admin;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Moq;
using Newtonsoft.Json;
using NopOrder = Nop.Core.Domain.Orders.Order;

namespace Ecster.Integration.Tests.Soak;

/// <summary>
/// The soak: thousands of randomised order life cycles (authorise, partial debits, partial credits split across
/// debits, annul) through the back office's real services and the real client against the sandbox, which like
/// Ecster does not deduplicate a repeated transactionReference, with random injected faults
/// and random duplicate, out-of-order notifications. After every life cycle, what Ecster holds must equal what
/// the plugin recorded, no transaction reference may repeat, and no outcome may stay unknown.
/// Bounded in count (<see cref="LifeCycles"/>) and loopback only; seeded, so a failure can be replayed.
/// </summary>
[Category("Soak")]
public class SoakTests
{
    private static readonly int LifeCycles = int.TryParse(Environment.GetEnvironmentVariable("ECSTER_SOAK_RUNS"), out var runs) ? runs : 10_000;
    private const int Workers = 4;
    private const int Seed = 20261125;

    private static readonly string[] TransactionFaults = ["status=503", "ratelimit=0", "drop", "malformed", "commit-then-fail", "latency=20"];
    private static readonly string[] ReadFaults = ["status=502", "ratelimit=0", "drop", "malformed", "latency=20"];

    [Test]
    public async Task Ten_thousand_faulty_life_cycles_lose_and_duplicate_nothing()
    {
        var logs = new CapturedLogs();
        await using var harness = await BackOfficeHarness.StartAsync(maxRetries: 3, logs);
        var counters = new SoakCounters();
        var failures = new ConcurrentQueue<string>();
        var next = -1;

        await Task.WhenAll(Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            var buyer = await SoakBuyer.IdentifyAsync(harness.Client);
            int run;
            while ((run = Interlocked.Increment(ref next)) < LifeCycles)
            {
                try
                {
                    await LifeCycleAsync(harness, buyer, new Random(Seed + run), counters);
                }
                catch (Exception error)
                {
                    failures.Enqueue($"run {run}: {error.GetType().Name}: {error.Message}");
                }
            }
        })));

        // Into the test results (the TRX keeps it), from which .ci/run prints it.
        var summary = $"Soak: {counters.Runs} runs, {counters.Faults} faults injected, {counters.Movements} movements, " +
                      $"{counters.FailedMovements} refused or failed, {counters.Notifications} notifications " +
                      $"({counters.DuplicateNotifications} duplicates), {counters.SplitCredits} refunds split across debits, " +
                      $"duplicates found = {counters.DuplicateMoves}";
        TestContext.Out.WriteLine(summary);
        Assert.That(failures, Is.Empty, string.Join("\n", failures.Take(10)));
        Assert.That(counters.Runs, Is.EqualTo(LifeCycles));
        Assert.That(counters.DuplicateMoves, Is.Zero);
        Assert.That(counters.Faults, Is.GreaterThan(LifeCycles / 2), "the soak must actually inject faults");
        Assert.That(counters.SplitCredits, Is.GreaterThan(LifeCycles / 50), "the soak must split credits across several debits");
        await AssertNoSecretsOrPersonalNumbersAsync(harness, logs);
    }

    /// <summary>
    /// After the soak: the client's logs, nopCommerce's log calls, the order notes, the stored ledgers and the admin
    /// order panel of soaked orders hold neither key nor any form of the test buyer's personal number.
    /// </summary>
    private static async Task AssertNoSecretsOrPersonalNumbersAsync(BackOfficeHarness harness, CapturedLogs logs)
    {
        string[] forbidden =
        [
            harness.Fixture.Sandbox.ApiKey, harness.Fixture.Sandbox.MerchantKey,
            "198112189801", "19811218-9801", "8112189801", "811218-9801"
        ];
        var written = logs.Lines
            .Concat(harness.Logger.Invocations.SelectMany(i => i.Arguments).Select(a => a?.ToString() ?? ""))
            .Concat(harness.Notes.Select(n => n.Note))
            .Concat(harness.Attributes.AllValues())
            .ToList();
        var panels = await OrderPanelPagesAsync(harness);
        written.AddRange(panels);

        Assert.That(logs.Lines, Is.Not.Empty, "the client logged its calls");
        Assert.That(panels, Has.Count.EqualTo((harness.NopOrders.Count + 19) / 20));
        Assert.That(panels.Count(p => p.Contains("\"Consumer\":\"Anna A.")), Is.EqualTo(panels.Count), "each panel shows the consumer, masked");
        Assert.That(panels.Count(p => p.Contains("\"Entries\":[{")), Is.GreaterThan(panels.Count / 2), "the panels list the orders' movements");
        Assert.That(harness.Notes, Is.Not.Empty, "the back office noted its movements");
        foreach (var secret in forbidden)
            Assert.That(written.Where(w => w.Contains(secret, StringComparison.OrdinalIgnoreCase)).Take(3), Is.Empty, $"'{secret[..4]}…' was written somewhere");
    }

    /// <summary>
    /// What the admin order panel prints for every 20th soaked order: its view component run for real against the
    /// sandbox, its model written out whole (the view prints model values and fixed texts, nothing else).
    /// </summary>
    private static async Task<List<string>> OrderPanelPagesAsync(BackOfficeHarness harness)
    {
        var url = new Mock<IUrlHelper>();
        url.Setup(u => u.Action(It.IsAny<UrlActionContext>())).Returns("/Admin/EcsterOrder/Action");
        var pages = new List<string>();
        foreach (var order in harness.NopOrders.Values.OrderBy(o => o.Id).Where((_, i) => i % 20 == 0))
        {
            var panel = new OrderPanelViewComponent(harness.Clients, harness.NewConsents(), harness.NewLedger(), harness.Orders.Object, harness.NewTexts(), Mock.Of<Nop.Services.Logging.ILogger>())
            {
                Url = url.Object,
                ViewComponentContext = new ViewComponentContext
                {
                    ViewContext = new ViewContext { ViewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), new ModelStateDictionary()) }
                }
            };
            var result = await panel.InvokeAsync("admin_order_details_block", new OrderModelStandIn { Id = order.Id });
            var model = ((ViewViewComponentResult)result).ViewData!.Model;
            pages.Add(JsonConvert.SerializeObject(model));
        }

        return pages;
    }

    private sealed record OrderModelStandIn : BaseNopEntityModel;

    private static async Task LifeCycleAsync(BackOfficeHarness harness, SoakBuyer buyer, Random random, SoakCounters counters)
    {
        var amount = random.Next(500_00, 20_000_00) / 100m;
        var (order, ecster) = await buyer.PlaceAsync(harness, amount);
        var movements = harness.NewMoneyMovements();
        var engine = harness.NewEngine();
        var faultPath = $"/orders/{ecster.Id}/transactions";

        // Partial debits through the engine (as shipments do), with their own deterministic reference keys.
        var debits = random.Next(0, 4);
        for (var i = 0; i < debits; i++)
        {
            var disarm = InjectFault(harness, random, ecster.Id, faultPath, counters);
            var part = Math.Round(amount * random.Next(5, 40) / 100m, 2);
            var outcome = await engine.ExecuteAsync(order, "soak", (current, _) =>
                current.RemainingAmount >= part && part > 0
                    ? new MovementDecision.Move(MovementType.Debit, part, $"soak-debit-{i}")
                    : new MovementDecision.Refuse("Errors.NothingToCapture", current.Status));
            disarm();
            counters.Count(outcome.Success);
        }

        // Partial refunds through the order screen's path, of what was debited.
        for (var i = random.Next(0, 3); i > 0; i--)
        {
            var current = harness.Fixture.Sandbox.Inspector.FindOrder(ecster.Id)!;
            var refundable = (current.DebitedAmount - current.CreditedAmount) / 100m;
            if (refundable <= 0)
                break;
            var disarm = InjectFault(harness, random, ecster.Id, faultPath, counters);
            var refund = Math.Max(0.01m, Math.Round(refundable * random.Next(10, 60) / 100m, 2));
            var creditsBefore = current.Transactions.Count(t => t.Type == "CREDIT");
            var result = await movements.RefundAsync(new RefundPaymentRequest { Order = order, AmountToRefund = refund, IsPartialRefund = true });
            disarm();
            counters.Count(result.Success);
            if (harness.Fixture.Sandbox.Inspector.FindOrder(ecster.Id)!.Transactions.Count(t => t.Type == "CREDIT") - creditsBefore > 1)
                Interlocked.Increment(ref counters.SplitCredits);
            if (result.Success)
                order.RefundedAmount += refund; // what nopCommerce does after a successful refund
        }

        // Annul what is left (the order screen's Void), or capture it all.
        var disarmLast = InjectFault(harness, random, ecster.Id, faultPath, counters);
        if (random.Next(2) == 0)
            counters.Count((await movements.VoidAsync(new VoidPaymentRequest { Order = order })).Success);
        else
            counters.Count((await movements.CaptureAsync(new CapturePaymentRequest { Order = order })).Success);
        disarmLast();

        await SendNotificationsAsync(harness, random, order, ecster.Id, counters);

        // Anything a fault left unsettled is settled now by reading, as an admin's Resolve after the settling window would.
        var ledger = await harness.LedgerOfAsync(order);
        if (ledger.Entries.Any(e => e.State is LedgerEntryState.Unknown or LedgerEntryState.Pending))
            await harness.NewEngineAfterSettlingWindow().ResolveAsync(order);

        await CheckInvariantsAsync(harness, order, ecster.Id, counters);
        Interlocked.Increment(ref counters.Runs);
    }

    /// <summary>
    /// Arms at most one fault for the next operation on this order, and returns a clean-up that removes it if the
    /// operation did not use it, so parallel workers never see each other's faults.
    /// </summary>
    private static Action InjectFault(BackOfficeHarness harness, Random random, string ecsterId, string transactionsPath, SoakCounters counters)
    {
        var sandbox = harness.Fixture.Sandbox;
        var fault = random.Next(4) switch
        {
            0 => sandbox.AddFault(transactionsPath, TransactionFaults[random.Next(TransactionFaults.Length)], "POST", times: 1),
            1 => sandbox.AddFault($"/orders/{ecsterId}", ReadFaults[random.Next(ReadFaults.Length)], "GET", times: 1),
            _ => null
        };
        if (fault is null)
            return () => { };

        Interlocked.Increment(ref counters.Faults);
        return () => sandbox.RemoveFault(fault.Id);
    }

    /// <summary>Ecster's notifications for the order's transactions, shuffled, some sent twice: none may move anything.</summary>
    private static async Task SendNotificationsAsync(BackOfficeHarness harness, Random random, NopOrder order, string ecsterId, SoakCounters counters)
    {
        var ecster = await harness.Client.GetOrderAsync(ecsterId);
        var bodies = ecster.Transactions.Select(t => Notification(ecster, t)).ToList();
        foreach (var body in bodies.ToList())
            if (random.Next(3) == 0)
            {
                bodies.Add(body);
                Interlocked.Increment(ref counters.DuplicateNotifications);
            }

        foreach (var body in bodies.OrderBy(_ => random.Next()))
        {
            await harness.NewNotifications().ReceiveAsync(body, order.StoreId);
            Interlocked.Increment(ref counters.Notifications);
        }
    }

    private static string Notification(Order ecster, Transaction transaction) => Newtonsoft.Json.JsonConvert.SerializeObject(new
    {
        orderId = ecster.Id,
        orderReference = ecster.OrderReference,
        status = ecster.Status,
        @event = transaction.Type switch
        {
            TransactionType.Debit => NotificationEvent.PartialDebit,
            TransactionType.Credit => NotificationEvent.Credit,
            _ => NotificationEvent.Annul
        },
        time = DateTimeOffset.UtcNow
    });

    private static async Task CheckInvariantsAsync(BackOfficeHarness harness, NopOrder order, string ecsterId, SoakCounters counters)
    {
        var inSandbox = harness.Fixture.Sandbox.Inspector.FindOrder(ecsterId)!;
        var ledger = await harness.LedgerOfAsync(order);

        var unsettled = ledger.Entries.Where(e => e.State is LedgerEntryState.Unknown or LedgerEntryState.Pending).ToList();
        if (unsettled.Count > 0)
            throw new InvalidOperationException($"{unsettled.Count} movement(s) still unresolved on {ecsterId}");

        var references = inSandbox.Transactions.Select(t => t.TransactionReference).ToList();
        var repeated = references.Count - references.Distinct().Count();
        if (repeated > 0)
        {
            Interlocked.Add(ref counters.DuplicateMoves, repeated);
            throw new InvalidOperationException($"{repeated} transaction reference(s) used twice on {ecsterId}");
        }

        foreach (var type in new[] { (MovementType.Debit, "DEBIT"), (MovementType.Credit, "CREDIT"), (MovementType.Annul, "ANNUL") })
        {
            var atEcster = inSandbox.Transactions.Where(t => t.Type == type.Item2).Sum(t => t.Amount) / 100m;
            var recorded = ledger.Entries.Where(e => e.Type == type.Item1 && e.State == LedgerEntryState.Succeeded).Sum(e => e.Amount);
            if (atEcster != recorded)
                throw new InvalidOperationException($"{type.Item2} on {ecsterId}: Ecster holds {atEcster} but the plugin recorded {recorded}");
        }

        if (inSandbox.Transactions.Count != ledger.Entries.Count(e => e.State == LedgerEntryState.Succeeded))
            throw new InvalidOperationException($"{ecsterId}: Ecster holds {inSandbox.Transactions.Count} transactions, the plugin recorded {ledger.Entries.Count(e => e.State == LedgerEntryState.Succeeded)}");

        var expectedStatus = inSandbox.RemainingAmount == 0 && inSandbox.DebitedAmount == 0 ? PaymentStatus.Voided : (PaymentStatus?)null;
        if (expectedStatus is { } status && order.PaymentStatus != status)
            throw new InvalidOperationException($"{ecsterId}: everything annulled but the order says {order.PaymentStatus}");
    }
}

internal sealed class SoakCounters
{
    public int Runs;
    public int Faults;
    public int Movements;
    public int FailedMovements;
    public int Notifications;
    public int DuplicateNotifications;
    public int DuplicateMoves;
    public int SplitCredits;

    public void Count(bool success)
    {
        Interlocked.Increment(ref Movements);
        if (!success)
            Interlocked.Increment(ref FailedMovements);
    }
}
