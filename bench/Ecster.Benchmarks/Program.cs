using BenchmarkDotNet.Running;

namespace Ecster.Benchmarks;

// A named entry class: the referenced sandbox already has a top-level Program of its own.
public static class BenchmarkProgram
{
    public static void Main(string[] args)
    {
        if (args is [ClientCpuProbe.Switch, ..])
        {
            ClientCpuProbe.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 2_000).GetAwaiter().GetResult();
            return;
        }

        if (args is [Widget.WidgetCpuProbe.Switch, ..])
        {
            Widget.WidgetCpuProbe.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 1_000).GetAwaiter().GetResult();
            return;
        }

        if (args is [ClientThroughputProbe.Switch, ..])
        {
            ClientThroughputProbe.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 150).GetAwaiter().GetResult();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
