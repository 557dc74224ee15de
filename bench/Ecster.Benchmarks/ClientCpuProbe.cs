using System.Diagnostics;
using System.Globalization;

namespace Ecster.Benchmarks;

/// <summary>
/// <c>--client-cpu N</c>: the CPU time (not wall time) the calling process spends per call, typed client against
/// bare HttpClient, over N rounds of <see cref="ClientCpuBenchmarks"/>' replayed sequences. On a shared machine a
/// wall-clock benchmark also counts the time the thread waited for a core; process CPU time does not.
/// </summary>
internal static class ClientCpuProbe
{
    public const string Switch = "--client-cpu";

    public static async Task RunAsync(int rounds)
    {
        var rig = new ClientCpuBenchmarks();
        await rig.SetUp();
        try
        {
            await Report("checkout, 5 calls", 5, rounds, rig.BareCheckout, rig.TypedCheckout);
            await Report("3 reads, 3-row order", 3, rounds, rig.BareReads, rig.TypedReads);
        }
        finally
        {
            await rig.CleanUp();
        }
    }

    private static async Task Report(string sequence, int calls, int rounds, Func<Task<int>> bare, Func<Task<int>> typed)
    {
        // Warm both (JIT, pools, policy cache) before counting.
        await CpuMicroseconds(bare, rounds / 10);
        await CpuMicroseconds(typed, rounds / 10);
        var bareUs = await CpuMicroseconds(bare, rounds) / rounds / calls;
        var typedUs = await CpuMicroseconds(typed, rounds) / rounds / calls;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{sequence,-22} CPU per call: typed {typedUs:0.0} us, bare {bareUs:0.0} us, the typed client's own {typedUs - bareUs:0.0} us ({rounds} rounds)"));
    }

    internal static async Task<double> CpuMicroseconds(Func<Task<int>> sequence, int rounds)
    {
        using var process = Process.GetCurrentProcess();
        GC.Collect();
        process.Refresh();
        var before = process.TotalProcessorTime;
        for (var i = 0; i < rounds; i++)
            await sequence();
        GC.Collect();
        process.Refresh();
        return (process.TotalProcessorTime - before).TotalMicroseconds;
    }
}
