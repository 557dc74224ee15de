namespace Ecster.Benchmarks.Measuring;

/// <summary>
/// Two kinds of work (a baseline and a candidate) measured in alternating blocks, the order flipped every pair, so
/// that both meet the same machine load, the same JIT tier and the same garbage collector state. Each pair gives one
/// comparison; the spread of many pairs is the figure's confidence. Measuring one side after the other instead made
/// the side measured second look cheaper by up to half (it keeps reaching faster compiled code through the run), and
/// on a shared machine it let a burst of someone else's build land on one side only.
/// </summary>
internal static class PairedBlocks
{
    public static async Task<IReadOnlyList<(BlockCost Baseline, BlockCost Candidate)>> RunAsync(
        Func<Task> baseline, Func<Task> candidate, int pairs, int warmupPairs)
    {
        for (var i = 0; i < warmupPairs; i++)
        {
            await baseline();
            await candidate();
        }

        var results = new List<(BlockCost, BlockCost)>(pairs);
        for (var pair = 0; pair < pairs; pair++)
        {
            var baselineFirst = pair % 2 == 0;
            var first = await ProcessCpu.MeasureAsync(baselineFirst ? baseline : candidate);
            var second = await ProcessCpu.MeasureAsync(baselineFirst ? candidate : baseline);
            results.Add(baselineFirst ? (first, second) : (second, first));
        }

        return results;
    }

    /// <summary>A block of <paramref name="count"/> runs of <paramref name="work"/>, one after the other.</summary>
    public static Func<Task> Repeat(Func<Task> work, int count) => async () =>
    {
        for (var i = 0; i < count; i++)
            await work();
    };
}
