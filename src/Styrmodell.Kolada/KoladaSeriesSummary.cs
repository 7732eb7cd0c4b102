namespace Styrmodell.Kolada;

/// <summary>What an import found for one indicator: how many of the asked-for values Kolada has.</summary>
/// <param name="IndicatorId">The indicator node's id.</param>
/// <param name="Kpi">The KPI id.</param>
/// <param name="Area">The municipality code or unit id.</param>
/// <param name="FirstYear">The first year asked for.</param>
/// <param name="LastYear">The last year asked for.</param>
/// <param name="Found">Values Kolada has (per year and breakdown).</param>
/// <param name="Missing">Years and breakdowns with no value: no record, a deleted one, or <c>null</c> (no outcome, never zero).</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record KoladaSeriesSummary(string IndicatorId, string Kpi, string Area, int FirstYear, int LastYear, int Found, int Missing);
