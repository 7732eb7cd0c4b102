using Styrmodell.Evaluation;
using Styrmodell.Targets;
using Styrmodell.Time;

namespace Styrmodell.FollowUp;

/// <summary>One key figure (nyckeltal) of a status check: an indicator's outcome for the period, the previous one, its target, its assessment and trend.</summary>
/// <param name="IndicatorId">The indicator node.</param>
/// <param name="Title">The node's title.</param>
/// <param name="Unit">What the values measure.</param>
/// <param name="Value">The measured total for the period (a ratio as its scaled quotient), or <see langword="null"/>.</param>
/// <param name="Previous">The measured total for the latest earlier period of the same kind, or <see langword="null"/>.</param>
/// <param name="PreviousPeriod">That earlier period, or <see langword="null"/>.</param>
/// <param name="Target">The target for the period's year as of the evaluation date (a range's low end), or <see langword="null"/>.</param>
/// <param name="Category">The engine's assessment of the indicator.</param>
/// <param name="Trend">Which way it moved since <paramref name="PreviousPeriod"/>.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record KeyFigure(
    string IndicatorId, string Title, MeasureUnit Unit, decimal? Value, decimal? Previous, ReportingPeriod? PreviousPeriod, decimal? Target,
    AssessmentCategory Category, KeyFigureTrend Trend);
