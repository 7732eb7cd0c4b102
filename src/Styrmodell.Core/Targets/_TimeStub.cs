// TEMPORARY: stands in for the Time module until it merges; delete on merge.
using NodaTime;
namespace Styrmodell.Time;
/// <summary>Stub.</summary>
public sealed record ReportingPeriod(string Id, LocalDate Start, LocalDate End)
{
    /// <summary>Stub.</summary>
    public static ReportingPeriod Year(int year) => new($"{year}", new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
}
