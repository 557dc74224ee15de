using System.Globalization;

namespace Ecster.Benchmarks.Widget;

/// <summary>
/// <c>--widget-cpu N</c>: the process CPU time per product page request with and without the widget, over N rounds of
/// <see cref="WidgetPathBenchmarks"/>' requests. On a shared, loaded machine the wall clock also counts the time a
/// thread waited for a core; CPU time does not.
/// </summary>
internal static class WidgetCpuProbe
{
    public const string Switch = "--widget-cpu";

    public static async Task RunAsync(int rounds)
    {
        var rig = new WidgetPathBenchmarks();
        await rig.SetUp();
        try
        {
            // Warm both (JIT, pools, caches) before counting.
            await ClientCpuProbe.CpuMicroseconds(rig.PageRequestWithoutWidget, rounds / 10);
            await ClientCpuProbe.CpuMicroseconds(rig.PageRequestWithWidget, rounds / 10);
            var withoutUs = await ClientCpuProbe.CpuMicroseconds(rig.PageRequestWithoutWidget, rounds) / rounds;
            var withUs = await ClientCpuProbe.CpuMicroseconds(rig.PageRequestWithWidget, rounds) / rounds;
            var freshUs = await ClientCpuProbe.CpuMicroseconds(rig.WidgetOnFreshRequest, rounds) / rounds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"CPU per request: without widget {withoutUs:0.0} us, with widget {withUs:0.0} us, the widget's own {withUs - withoutUs:0.0} us; widget on a fresh request {freshUs:0.0} us ({rounds} rounds)"));
        }
        finally
        {
            await rig.CleanUp();
        }
    }
}
