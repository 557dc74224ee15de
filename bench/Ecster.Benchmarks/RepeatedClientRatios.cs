using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Ecster.Benchmarks;

/// <summary>
/// <c>--repeat-client-ratios N</c>: runs the two typed-client-vs-bare benchmarks N times back to back and prints each
/// run's ratio and the pooled one (all the bare time over all the typed time), as bench/README.md reports them. On a
/// small shared machine one run's ratio moves by up to 0.1, so a single run is not a result.
/// </summary>
internal static class RepeatedClientRatios
{
    public const string Switch = "--repeat-client-ratios";

    public static void Run(int runs)
    {
        // (sequence, run) -> (bare mean, typed mean), in nanoseconds.
        var means = new SortedDictionary<string, List<(double Bare, double Typed)>>(StringComparer.Ordinal);
        for (var run = 1; run <= runs; run++)
        {
            // A loaded machine builds the benchmark's executable slowly; BenchmarkDotNet's default gives up after 2 minutes.
            var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(20));
            foreach (var summary in new[] { BenchmarkRunner.Run<ClientCheckoutSequenceBenchmarks>(config), BenchmarkRunner.Run<ClientOverheadBenchmarks>(config) })
                foreach (var (sequence, pair) in Pairs(summary))
                {
                    if (!means.TryGetValue(sequence, out var list))
                        means[sequence] = list = [];
                    list.Add(pair);
                }

            Console.WriteLine($"// run {run} of {runs} done");
        }

        Console.WriteLine();
        foreach (var (sequence, list) in means)
        {
            var perRun = string.Join("  ", list.Select(p => (p.Bare / p.Typed).ToString("0.00x", CultureInfo.InvariantCulture)));
            var bare = list.Sum(p => p.Bare) / list.Count / 1000;
            var typed = list.Sum(p => p.Typed) / list.Count / 1000;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{sequence,-22} runs: {perRun}  | pooled {bare / typed:0.00}x ({bare:0.0} / {typed:0.0} us), median run {Median(list.Select(p => p.Bare / p.Typed)):0.00}x"));
        }
    }

    /// <summary>The bare and typed means of each sequence in one summary (per OrderRows where the class has it).</summary>
    private static IEnumerable<(string Sequence, (double Bare, double Typed) Pair)> Pairs(Summary summary) =>
        summary.Reports
            .Where(r => r.ResultStatistics is not null)
            .GroupBy(r => summary.Title.Contains("Checkout", StringComparison.Ordinal)
                ? "checkout, 5 calls"
                : "3 reads, " + r.BenchmarkCase.Parameters.PrintInfo)
            .Select(g => (g.Key, (
                Bare: g.Single(r => r.BenchmarkCase.Descriptor.Baseline).ResultStatistics!.Mean,
                Typed: g.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == "Typed").ResultStatistics!.Mean)));

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
