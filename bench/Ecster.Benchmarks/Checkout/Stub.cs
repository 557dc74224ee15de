using System.Reflection;

namespace Ecster.Benchmarks.Checkout;

/// <summary>
/// A nopCommerce service answered by name, with no argument matching: Moq's matching costs microseconds per call,
/// which a benchmark of the plugin's own CPU would otherwise count as the plugin's.
/// </summary>
public class Stub : DispatchProxy
{
    private IReadOnlyDictionary<string, Func<object?[], object?>> _answers = null!;

    public static T Of<T>(IReadOnlyDictionary<string, Func<object?[], object?>> answers) where T : class
    {
        var stub = Create<T, Stub>();
        ((Stub)(object)stub)._answers = answers;
        return stub;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
        _answers.TryGetValue(targetMethod!.Name, out var answer)
            ? answer(args ?? [])
            : throw new NotSupportedException($"{targetMethod.DeclaringType!.Name}.{targetMethod.Name} is not part of the benchmark's checkout.");
}
