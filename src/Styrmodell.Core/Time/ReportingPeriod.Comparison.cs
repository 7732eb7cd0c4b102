namespace Styrmodell.Time;

public sealed partial record ReportingPeriod
{
    /// <summary>Compares by <see cref="CompareTo"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether <paramref name="left"/> orders first.</returns>
    public static bool operator <(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) < 0;

    /// <summary>Compares by <see cref="CompareTo"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether <paramref name="left"/> orders first or equal.</returns>
    public static bool operator <=(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) <= 0;

    /// <summary>Compares by <see cref="CompareTo"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether <paramref name="left"/> orders last.</returns>
    public static bool operator >(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) > 0;

    /// <summary>Compares by <see cref="CompareTo"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether <paramref name="left"/> orders last or equal.</returns>
    public static bool operator >=(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) >= 0;

    private static int Compare(ReportingPeriod? left, ReportingPeriod? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
