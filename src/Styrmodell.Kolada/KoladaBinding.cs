using Styrmodell.Collections;
using Styrmodell.Targets;

namespace Styrmodell.Kolada;

/// <summary>One indicator's Kolada series, resolved: which KPI, for which municipality or unit, which breakdowns, scaled how.</summary>
/// <param name="IndicatorId">The indicator node's id.</param>
/// <param name="Kpi">The KPI id.</param>
/// <param name="Area">The municipality code (the model's own unless the binding names another) or the unit's id.</param>
/// <param name="IsOrganisationUnit">Whether <paramref name="Area"/> is an organisational unit.</param>
/// <param name="Genders">The breakdowns imported.</param>
/// <param name="Scale">What each value is multiplied by.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record KoladaBinding(string IndicatorId, string Kpi, string Area, bool IsOrganisationUnit, EquatableArray<Gender> Genders, decimal Scale)
{
    /// <summary>The provider name an indicator's <see cref="OpenDataSeries.Provider"/> has for Kolada (compared ignoring case).</summary>
    public const string Provider = "kolada";
}
