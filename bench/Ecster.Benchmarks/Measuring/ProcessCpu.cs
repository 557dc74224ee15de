using System.Diagnostics;

namespace Ecster.Benchmarks.Measuring;

/// <summary>What a block of work cost the process: CPU time, wall clock and bytes allocated.</summary>
internal readonly record struct BlockCost(double CpuUs, double WallUs, double Bytes);

/// <summary>
/// Measures a block of work. On a shared machine the wall clock also counts the time a thread waited for a core; CPU
/// time does not (it does count the process's other threads, GC included: work the block caused).
/// <see cref="Environment.CpuUsage"/> reads getrusage, precise to microseconds on Linux, where
/// <see cref="Process.TotalProcessorTime"/> counts 10 ms clock ticks.
/// </summary>
internal static class ProcessCpu
{
    public static async Task<BlockCost> MeasureAsync(Func<Task> block)
    {
        var bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var wall = Stopwatch.StartNew();
        await block();
        wall.Stop();
        var cpu = Environment.CpuUsage.TotalTime - cpuBefore;
        return new BlockCost(cpu.TotalMicroseconds, wall.Elapsed.TotalMicroseconds, GC.GetTotalAllocatedBytes(precise: true) - bytesBefore);
    }
}
