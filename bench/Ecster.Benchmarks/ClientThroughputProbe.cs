using System.Globalization;
using System.Text;
using Ecster.Benchmarks.Measuring;
using Ecster.Client.Models;
using Ecster.Client.Serialization;

namespace Ecster.Benchmarks;

/// <summary>
/// <c>--client-throughput P</c>: the typed client's throughput against the bare HttpClient's, with the sandbox (its own
/// process) answering every call after a realistic 20 ms, as its latency fault. For each operation (the checkout's 5
/// calls; the 3 reads of a 3-row and of a 100-row order) and each load (one caller after another; 16 callers at once)
/// both clients run the same sequences in <see cref="PairedBlocks"/>, P pairs of one sequence per caller. A pair's ratio is the
/// typed client's sequences per second over the bare client's in that pair; the result is the pairs' geometric mean
/// ratio with its 95 % confidence interval, and each side's process CPU per call (the client's own CPU, transport included; the
/// sandbox's CPU is its own process's).
/// </summary>
/// <remarks>
/// BenchmarkDotNet's wall-clock comparison of the same sequences ran one client's iterations, then the other's, minutes
/// apart: on this shared 2-core machine a burst of someone else's build landed on one side, and one run's ratio swung
/// from 0.69x to 1.65x. Interleaved blocks give both sides the same minute.
/// </remarks>
internal static class ClientThroughputProbe
{
    public const string Switch = "--client-throughput";
    private const int WarmupPairs = 20;
    private const int Callers = 16;

    public static async Task RunAsync(int pairs)
    {
        await using var rig = await ClientRig.StartAsync(ClientRig.RealisticLatencyMs, "--Sandbox:BankIdPendingPolls=0");
        var cart = SandboxOrders.LargeCart(3);
        var cartJson = Encoding.UTF8.GetString(EcsterJson.Serialize(cart));
        var order3 = (await SandboxOrders.CreateAsync(rig.Client, 3)).Id;
        var order100 = (await SandboxOrders.CreateAsync(rig.Client, 100)).Id;

        var operations = new (string Name, int Calls, Func<Task> Bare, Func<Task> Typed)[]
        {
            ("checkout, 5 calls", 5, () => ClientSequences.BareCheckoutAsync(rig.Bare, cart.Amount, cartJson), () => SandboxOrders.CreateAsync(rig.Client, cart)),
            ("3 reads, 3 rows", 3, () => ClientSequences.BareReadsAsync(rig.Bare, order3), () => ClientSequences.TypedReadsAsync(rig.Client, order3)),
            ("3 reads, 100 rows", 3, () => ClientSequences.BareReadsAsync(rig.Bare, order100), () => ClientSequences.TypedReadsAsync(rig.Client, order100))
        };

        Console.WriteLine($"Load average at start: {LoadAverage()}");
        Console.WriteLine($"Sandbox latency {ClientRig.RealisticLatencyMs} ms; {pairs} pairs per row, after {WarmupPairs} pairs of warm-up; mean ± 95 % CI.");
        foreach (var (name, calls, bare, typed) in operations)
        {
            // Short blocks, many pairs: a burst of the machine's other work lands on both sides alike far more often
            // than in long blocks, and the interval narrows with the square root of the pairs.
            await Report(rig, name, "1 caller", calls, 1, pairs, bare, typed);
            await Report(rig, name, $"{Callers} callers at once", calls, Callers, pairs, Concurrent(bare), Concurrent(typed));
        }
    }

    private static Func<Task> Concurrent(Func<Task> sequence) =>
        () => Task.WhenAll(Enumerable.Range(0, Callers).Select(_ => Task.Run(sequence)));

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static async Task Report(ClientRig rig, string operation, string load, int calls, int sequences, int pairs, Func<Task> bare, Func<Task> typed)
    {
        var warningsBefore = rig.Warnings.Count;
        var results = await PairedBlocks.RunAsync(bare, typed, pairs, WarmupPairs);
        // Same number of sequences on both sides: a pair's throughput ratio is the ratio of its two blocks' wall clock.
        // Ratios are averaged as logarithms (a geometric mean): a block stretched to twice its time and one shrunk to
        // half weigh alike, and the interval is symmetric in the ratio's scale.
        var logRatios = results.Select(r => Math.Log(r.Baseline.WallUs / r.Candidate.WallUs)).ToList();
        var logRatio = Interval.Of(logRatios);
        var (ratio, low, high) = (Math.Exp(logRatio.Mean), Math.Exp(logRatio.Low), Math.Exp(logRatio.High));
        var sorted = logRatios.Order().ToList();
        var median = Math.Exp((sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2);
        var bareMs = Interval.Of(results.Select(r => r.Baseline.WallUs / sequences / 1000).ToList());
        var typedMs = Interval.Of(results.Select(r => r.Candidate.WallUs / sequences / 1000).ToList());
        var typedCpu = Interval.Of(results.Select(r => r.Candidate.CpuUs / sequences / calls).ToList());
        var bareCpu = Interval.Of(results.Select(r => r.Baseline.CpuUs / sequences / calls).ToList());
        var ownCpu = Interval.Of(results.Select(r => (r.Candidate.CpuUs - r.Baseline.CpuUs) / sequences / calls).ToList());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{operation,-18} | {load,-19} | typed/bare throughput {ratio:0.000} (95 % CI {low:0.000}-{high:0.000}, median pair {median:0.000}) | " +
            $"per sequence: bare {bareMs.Format("0.0")} ms, typed {typedMs.Format("0.0")} ms | " +
            $"CPU per call: bare {bareCpu.Format("0.0")} us, typed {typedCpu.Format("0.0")} us, typed's own {ownCpu.Format("0.0")} us | typed client warnings (retries) {rig.Warnings.Count - warningsBefore} | load {LoadAverage()}"));
    }
}
