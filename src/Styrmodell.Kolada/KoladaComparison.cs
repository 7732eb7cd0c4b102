using Styrmodell.Collections;
using Styrmodell.Targets;

namespace Styrmodell.Kolada;

/// <summary>
/// A comparison made from Kolada for targets relative to a comparison ("better than similar municipalities"):
/// which KPI, which group and members, how the values were aggregated, and the value per year.
/// </summary>
/// <param name="ComparisonId">The id targets refer to (<see cref="RelativeToComparison.ComparisonId"/>), e.g. <c>liknande-kommuner</c>.</param>
/// <param name="Kpi">The KPI id.</param>
/// <param name="Group">The group (its id, title and every member).</param>
/// <param name="Aggregation">How the members' values were combined.</param>
/// <param name="Gender">The breakdown compared.</param>
/// <param name="Years">Per year: the value, and which members had one.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record KoladaComparison(string ComparisonId, string Kpi, KoladaMunicipalityGroup Group, KoladaAggregation Aggregation, Gender Gender, EquatableArray<KoladaComparisonYear> Years)
{
    /// <summary>Gets the values as the model holds them: one per year that has one.</summary>
    public EquatableArray<ComparisonValue> Values =>
        Years.Where(y => y.Value is not null).Select(y => new ComparisonValue(ComparisonId, y.Year, y.Value!.Value)).ToEquatableArray();
}

/// <summary>A comparison's value for one year, and the members it rests on.</summary>
/// <param name="Year">The year.</param>
/// <param name="Value">The aggregated value, or <see langword="null"/> when no member had one.</param>
/// <param name="MembersWithValue">The members (municipality codes) whose values went into it.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record KoladaComparisonYear(int Year, decimal? Value, EquatableArray<string> MembersWithValue);
