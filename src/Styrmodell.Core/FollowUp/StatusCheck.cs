using Ardalis.GuardClauses;
using NodaTime;
using Styrmodell.Collections;
using Styrmodell.Evaluation;
using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Time;

namespace Styrmodell.FollowUp;

/// <summary>
/// A status check (nulägeskoll): a one-page summary of one committee for one period, generated from the model — the
/// committee's mission, overall analysis, the needs of those it serves, its results, its biggest challenges, key
/// figures and trends. Texts come from the follow-up data, results and key figures from the evaluation engine.
/// </summary>
/// <remarks>
/// Västerås: a sharper and simpler nulägeskoll on one A4 page, the basis on which the committees' politicians set
/// priorities, direction and goals. Its contents follow Västerås's list; a renderer in Styrmodell.Reporting makes the page.
/// </remarks>
/// <param name="UnitId">The committee.</param>
/// <param name="UnitName">Its name.</param>
/// <param name="Period">The period described.</param>
/// <param name="AsOf">The date whose texts, targets and assessments applied.</param>
/// <param name="Mission">The committee's mission, or <see langword="null"/> when not written.</param>
/// <param name="OverallAnalysis">The overall analysis: the latest analysis text about the committee for the period, or <see langword="null"/>.</param>
/// <param name="Needs">The needs of those it serves, or <see langword="null"/>.</param>
/// <param name="Results">The committee's goals (nodes it owns at goal and mission levels) with their assessments.</param>
/// <param name="ResultCounts">How many of those goals got each category, in scale order, not assessed last; only categories that occur.</param>
/// <param name="Challenges">The biggest challenges, or <see langword="null"/>.</param>
/// <param name="KeyFigures">The key figures, in the order the texts name them.</param>
/// <param name="Trends">The trends and their consequences, or <see langword="null"/>.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record StatusCheck(
    string UnitId, string UnitName, ReportingPeriod Period, LocalDate AsOf, string? Mission, string? OverallAnalysis, string? Needs,
    EquatableArray<StatusCheckResult> Results, EquatableArray<CategoryCount> ResultCounts, string? Challenges,
    EquatableArray<KeyFigure> KeyFigures, string? Trends)
{
    /// <summary>Generates the status check of a unit from an evaluation and the follow-up data.</summary>
    /// <param name="result">The evaluation of the period described.</param>
    /// <param name="followUp">The follow-up data holding the texts.</param>
    /// <param name="unitId">The committee (any unit).</param>
    /// <returns>The status check; texts not written are <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The model has no unit <paramref name="unitId"/>.</exception>
    public static StatusCheck Generate(EvaluationResult result, FollowUpData followUp, string unitId)
    {
        Guard.Against.Null(result);
        Guard.Against.Null(followUp);
        Guard.Against.Null(unitId);
        var model = result.Model;
        var unit = model.FindUnit(unitId) ?? throw new ArgumentException($"The model of {model.Municipality} has no unit '{unitId}'.", nameof(unitId));
        var (period, asOf, data) = (result.Period, result.AsOf, followUp);
        var texts = data.StatusCheckTexts.FirstOrDefault(t => t.UnitId == unitId && t.Period == period);
        EquatableArray<StatusCheckResult> results =
        [
            .. model.Nodes
                .Where(n => n.OwnerId == unitId && model.LevelOf(n.Id).Role is LevelRole.Goal or LevelRole.Mission)
                .Select(n => new StatusCheckResult(n.Id, n.Title, model.LevelOf(n.Id).Name, result.CategoryOf(n.Id), data.AnalysisOfNode(n.Id, period, asOf)?.Text)),
        ];
        var scale = result.Options.Scale;
        EquatableArray<CategoryCount> counts =
        [
            .. scale.Categories.Append(scale.NotAssessed)
                .Select(c => new CategoryCount(unit.Name, c, results.Count(r => r.Category == c)))
                .Where(c => c.Count > 0),
        ];
        return new(unitId, unit.Name, period, asOf, texts?.Mission, data.AnalysisOfUnit(unitId, period, asOf)?.Text, texts?.Needs,
            results, counts, texts?.Challenges, [.. (texts?.KeyFigureIds ?? []).Select(id => KeyFigureOf(result, id))], texts?.Trends);
    }

    private static KeyFigure KeyFigureOf(EvaluationResult result, string id)
    {
        var model = result.Model;
        var indicator = model.FindIndicator(id)
            ?? throw new ArgumentException($"Key figure '{id}' has no indicator definition in the model of {model.Municipality}.", nameof(result));
        var period = result.Period;
        var measured = model.OutcomesOf(id).Where(o => o is { IsForecast: false, IsTotal: true, Value: not null }).ToArray();
        var current = measured.FirstOrDefault(o => o.Period == period);
        var previous = measured.Where(o => o.Period.Kind == period.Kind && o.Period.End < period.Start).MaxBy(o => o.Period.End);
        var target = indicator.TargetForYear(period.End.Year, result.AsOf) is { } t && indicator.Resolve(t, period.End.Year) is { IsResolved: true } resolved
            ? resolved.Value
            : (decimal?)null;
        var (value, before) = (Scaled(indicator, current), Scaled(indicator, previous));
        return new(id, model.GetNode(id).Title, indicator.Unit, value, before, previous?.Period, target, result.CategoryOf(id), TrendOf(indicator.Direction, value, before));
    }

    private static decimal? Scaled(Indicator indicator, Outcome? outcome) =>
        outcome?.Value is { HasZeroDenominator: false } v ? v.Value * (v.IsRatio ? indicator.Ratio?.Scale ?? 1m : 1m) : null;

    private static KeyFigureTrend TrendOf(Direction direction, decimal? value, decimal? previous) =>
        (value, previous) switch
        {
            ({ } v, { } p) when v == p => KeyFigureTrend.Unchanged,
            ({ } v, { } p) when direction == Direction.HigherIsBetter => v > p ? KeyFigureTrend.Improving : KeyFigureTrend.Worsening,
            ({ } v, { } p) when direction == Direction.LowerIsBetter => v < p ? KeyFigureTrend.Improving : KeyFigureTrend.Worsening,
            _ => KeyFigureTrend.Unknown,
        };
}
