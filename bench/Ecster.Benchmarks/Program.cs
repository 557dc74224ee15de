using BenchmarkDotNet.Running;

namespace Ecster.Benchmarks;

// A named entry class: the referenced sandbox already has a top-level Program of its own.
public static class BenchmarkProgram
{
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
