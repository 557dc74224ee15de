using System.Globalization;
using Ecster.Benchmarks.Measuring;

namespace Ecster.Benchmarks.Widget;

/// <summary>
/// <c>--widget-cpu N</c>: what the widget adds to one product page request, in CPU time, wall clock and bytes, each with
/// its 95 % confidence interval: the requests with and without the widget run in <see cref="PairedBlocks"/> of N
/// requests (40 pairs, after 20 pairs of warm-up), and each pair's difference is one measurement of the widget.
/// </summary>
internal static class WidgetCpuProbe
{
    public const string Switch = "--widget-cpu";
    private const int Pairs = 40;
    private const int WarmupPairs = 20;

    public static async Task RunAsync(int requestsPerBlock)
    {
        var rig = new WidgetPathBenchmarks();
        await rig.SetUp();
        try
        {
            var results = await PairedBlocks.RunAsync(
                PairedBlocks.Repeat(rig.PageRequestWithoutWidget, requestsPerBlock),
                PairedBlocks.Repeat(rig.PageRequestWithWidget, requestsPerBlock), Pairs, WarmupPairs);
            Interval PerRequest(Func<BlockCost, BlockCost, double> figure) =>
                Interval.Of(results.Select(r => figure(r.Baseline, r.Candidate) / requestsPerBlock).ToList());

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"The widget's own cost per product page request ({Pairs} pairs of {requestsPerBlock}-request blocks, mean ± 95 % CI): " +
                $"CPU {PerRequest((without, with) => with.CpuUs - without.CpuUs).Format("0.0")} us, " +
                $"wall {PerRequest((without, with) => with.WallUs - without.WallUs).Format("0.0")} us, " +
                $"allocated {PerRequest((without, with) => with.Bytes - without.Bytes).Format("0")} B; " +
                $"the request without the widget: CPU {PerRequest((without, _) => without.CpuUs).Format("0.0")} us"));
        }
        finally
        {
            await rig.CleanUp();
        }
    }
}
