namespace Styrmodell.Time;

/// <summary>The kinds of reporting period, each with its own text-id form (see <see cref="ReportingPeriod.Id"/>).</summary>
public enum ReportingPeriodKind
{
    /// <summary>A calendar and fiscal year: <c>2024</c>.</summary>
    Year,

    /// <summary>A tertial: January–April, May–August or September–December: <c>2024-T1</c>.</summary>
    Tertial,

    /// <summary>A month, e.g. for monthly economy reports: <c>2024-03</c>.</summary>
    Month,

    /// <summary>An interim report period (delårsrapport): from 1 January, 6–8 months: <c>2024-01..2024-08</c>.</summary>
    Interim,

    /// <summary>A school year (läsår), from its start month to the end of June: <c>2023/24</c>, or <c>2023/24@09</c> when it starts in another month than August.</summary>
    SchoolYear,

    /// <summary>Any interval of whole days: <c>2024-02-15..2024-06-30</c>.</summary>
    Custom,
}
