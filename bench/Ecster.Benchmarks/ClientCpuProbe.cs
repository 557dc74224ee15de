using System.Globalization;
using Ecster.Benchmarks.Measuring;

namespace Ecster.Benchmarks;

/// <summary>
/// <c>--client-cpu N</c>: the CPU time (not wall time) the calling process spends per call, typed client against
/// bare HttpClient, on <see cref="ClientCpuBenchmarks"/>' replayed sequences (nothing waits for a network). The two run
/// in <see cref="PairedBlocks"/> of N sequences; each pair's difference is one measurement of the typed client's own
/// CPU, reported as a mean with its 95 % confidence interval.
/// </summary>
internal static class ClientCpuProbe
{
    public const string Switch = "--client-cpu";
    private const int Pairs = 30;
    private const int WarmupPairs = 10;

    public static async Task RunAsync(int sequencesPerBlock)
    {
        var rig = new ClientCpuBenchmarks();
        await rig.SetUp();
        try
        {
            await Report("checkout, 5 calls", 5, sequencesPerBlock, rig.BareCheckout, rig.TypedCheckout);
            await Report("3 reads, 3-row order", 3, sequencesPerBlock, rig.BareReads, rig.TypedReads);
        }
        finally
        {
            await rig.CleanUp();
        }
    }

    private static async Task Report(string sequence, int calls, int sequences, Func<Task> bare, Func<Task> typed)
    {
        var results = await PairedBlocks.RunAsync(PairedBlocks.Repeat(bare, sequences), PairedBlocks.Repeat(typed, sequences), Pairs, WarmupPairs);
        Interval PerCall(Func<BlockCost, BlockCost, double> figure) =>
            Interval.Of(results.Select(r => figure(r.Baseline, r.Candidate) / sequences / calls).ToList());

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{sequence,-22} CPU per call ({Pairs} pairs of {sequences}-sequence blocks, mean ± 95 % CI): " +
            $"typed {PerCall((_, t) => t.CpuUs).Format("0.0")} us, bare {PerCall((b, _) => b.CpuUs).Format("0.0")} us, " +
            $"the typed client's own {PerCall((b, t) => t.CpuUs - b.CpuUs).Format("0.0")} us; " +
            $"allocated per call: typed {PerCall((_, t) => t.Bytes).Format("0")} B, bare {PerCall((b, _) => b.Bytes).Format("0")} B"));
    }
}
