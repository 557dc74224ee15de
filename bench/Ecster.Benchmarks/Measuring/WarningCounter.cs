using Microsoft.Extensions.Logging;

namespace Ecster.Benchmarks.Measuring;

/// <summary>
/// Counts the warnings and errors the typed client logs (a retry is logged as a warning), so a throughput figure says
/// whether the typed side retried: a retried call waits its backoff, which the bare side never does.
/// </summary>
internal sealed class WarningCounter : ILoggerProvider, ILogger
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public ILogger CreateLogger(string categoryName) => this;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
            Interlocked.Increment(ref _count);
    }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public void Dispose()
    {
    }
}
