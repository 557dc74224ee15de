using System.Globalization;

namespace Ecster.Benchmarks.Measuring;

/// <summary>
/// A mean with its 95 % confidence interval (Student's t) over repeated, independent measurements, such as the
/// per-block figures of an interleaved probe. One block's figure on a shared 2-core machine is not a result; the
/// spread of many is.
/// </summary>
internal readonly record struct Interval(double Mean, double HalfWidth, int Count)
{
    public double Low => Mean - HalfWidth;

    public double High => Mean + HalfWidth;

    public static Interval Of(IReadOnlyList<double> values)
    {
        if (values.Count < 2)
            throw new ArgumentException("A confidence interval needs at least two measurements.", nameof(values));
        var mean = values.Average();
        var variance = values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1);
        return new Interval(mean, T95(values.Count - 1) * Math.Sqrt(variance / values.Count), values.Count);
    }

    public string Format(string number) =>
        string.Create(CultureInfo.InvariantCulture, $"{Mean.ToString(number, CultureInfo.InvariantCulture)} ± {HalfWidth.ToString(number, CultureInfo.InvariantCulture)}");

    /// <summary>Two-sided 95 % quantile of Student's t; the table's next lower degrees of freedom (a slightly wider interval).</summary>
    private static double T95(int degreesOfFreedom)
    {
        (int Df, double T)[] table =
        [
            (1, 12.706), (2, 4.303), (3, 3.182), (4, 2.776), (5, 2.571), (6, 2.447), (7, 2.365), (8, 2.306), (9, 2.262),
            (10, 2.228), (15, 2.131), (20, 2.086), (25, 2.060), (30, 2.042), (40, 2.021), (60, 2.000), (120, 1.980)
        ];
        return table.Last(row => row.Df <= degreesOfFreedom).T;
    }
}
