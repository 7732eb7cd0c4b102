using System.Globalization;
using NodaTime;
using Styrmodell.Evaluation.Rules;
using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Time;

namespace Styrmodell.Evaluation;

/// <summary>
/// Evaluates one node from its inputs' stored results. The same code path serves the full pass (no trace) and
/// explanations on demand (with trace), so a trace always describes exactly what was computed.
/// </summary>
internal sealed class NodeEvaluator
{
    private readonly SteeringModel _model;
    private readonly ModelIndex _index;
    private readonly MeasurementIndex _measurements;
    private readonly EvaluationOptions _options;
    private readonly ReportingPeriod _period;
    private readonly LocalDate _asOf;
    private readonly RuleAssignment?[] _levelRule;
    private readonly Dictionary<int, RuleAssignment> _nodeRule;
    private readonly bool[] _assessedRole;
    private readonly long _measuredKey;
    private readonly long _forecastKey;

    public NodeEvaluator(SteeringModel model, ReportingPeriod period, LocalDate asOf, EvaluationOptions options)
    {
        _model = model;
        _index = model.Index;
        _measurements = model.Measurements;
        _options = options;
        _period = period;
        _asOf = asOf;
        (_levelRule, _nodeRule) = AssignRules();
        (_measuredKey, _forecastKey) = (MeasurementIndex.Key(period, Gender.Total, false), MeasurementIndex.Key(period, Gender.Total, true));
        _assessedRole = [.. _index.Levels.Select(l => options.AssessedRoles.AsSpan().Contains(l.Role))];
    }

    /// <summary>An evaluator for a model sharing <paramref name="template"/>'s structure; reuses its rule assignments.</summary>
    public NodeEvaluator(NodeEvaluator template, SteeringModel model)
    {
        _model = model;
        _index = model.Index;
        _measurements = model.Measurements;
        _options = template._options;
        _period = template._period;
        _asOf = template._asOf;
        (_levelRule, _nodeRule, _assessedRole) = (template._levelRule, template._nodeRule, template._assessedRole);
        (_measuredKey, _forecastKey) = (template._measuredKey, template._forecastKey);
    }

    private AssessmentScale Scale => _options.Scale;

    /// <summary>
    /// Gets whether node n's stored entry is ever read: only nodes of assessed roles feed roll-ups. Other nodes
    /// (activities, strategies, …) are skipped by the full pass and evaluated when their result is asked for.
    /// </summary>
    public bool IsStored(int n) => _assessedRole[_index.LevelOf[n]];

    /// <summary>Evaluates node n from its inputs' entries in <paramref name="state"/> and stores its own entry there.</summary>
    public void Evaluate(int n, EvaluationState state, InputBuffer buffer)
    {
        var outcome = Evaluate(n, state, buffer, null);
        state.Category[n] = (sbyte)outcome.Category;
        state.Score[n] = outcome.Score;
        state.Forecast[n] = outcome.Forecast;
    }

    /// <summary>Evaluates node n again, with its trace, from its inputs' entries in <paramref name="state"/>; changes nothing.</summary>
    public NodeOutcome Explain(int n, EvaluationState state) => Evaluate(n, state, new InputBuffer(), []);

    private NodeOutcome Evaluate(int n, EvaluationState state, InputBuffer buffer, List<string>? notes)
    {
        var inputs = notes is null ? null : new List<TraceInput>();
        var i = _measurements.IndicatorOfNode[n];
        var (computed, coverage, forecast) = i >= 0 ? AssessIndicator(i, notes) : RollUp(n, state, buffer, inputs, notes);
        var (category, score) = (computed.Category, computed.Score);
        var manual = _measurements.AssessmentStart[n] == _measurements.AssessmentStart[n + 1] ? -1 : ManualFor(n);
        if (manual >= 0)
        {
            var assessment = _index.Assessments[manual];
            var manualCategory = Scale.IndexOf(assessment.CategoryId);
            var overrides = _options.ManualMode == ManualAssessmentMode.Override;
            if (overrides)
            {
                (category, score) = (manualCategory, double.NaN);
            }

            notes?.Add(string.Create(CultureInfo.InvariantCulture,
                $"{(overrides ? "overridden by" : "beside it,")} {assessment.Author}'s assessment {Scale.Categories[manualCategory].Label} of {IsoDate.Format(assessment.Date)}: {assessment.Motivation}"));
        }

        Trace? trace = null;
        if (notes is not null)
        {
            if (forecast)
            {
                notes.Add("forecast");
            }

            trace = new Trace(category < 0 ? Scale.NotAssessed : Scale.Categories[category], computed.Explanation ?? "", [.. inputs!], [.. notes]);
        }

        return new NodeOutcome(category, score, computed.Category, coverage, forecast, manual, trace);
    }

    private (RuleOutcome, double Coverage, bool Forecast) AssessIndicator(int i, List<string>? notes)
    {
        var indicator = _index.Indicators[i];
        var (value, outcome, how) = FindOutcome(i, indicator, notes is not null);
        if (value is null)
        {
            return (RuleOutcome.NotAssessed(notes is null ? null : how), 0, false);
        }

        var year = _period.End.Year;
        var target = indicator.TargetForYear(year, _asOf);
        if (target is null)
        {
            return (RuleOutcome.NotAssessed(notes is null ? null : $"{how}; no target for {year} as of {IsoDate.Format(_asOf)}"), 1, outcome?.IsForecast == true);
        }

        var resolved = indicator.Resolve(target, year);
        if (!resolved.IsResolved)
        {
            return (RuleOutcome.NotAssessed(notes is null ? null : $"{how}; target cannot be resolved: {resolved.UnresolvedReason}"), 1, outcome?.IsForecast == true);
        }

        var (score, basis) = IndicatorScore.Compute(indicator, value.Value, resolved, _options.ScoreBasis, _options.Tolerance);
        var category = Scale.IndexFor(score);
        string? why = null;
        if (notes is not null)
        {
            var origin = target.Origin == TargetOrigin.Derived ? $"derived ({indicator.Derivation}) from {target.Decision}" : target.Decision.ToString();
            why = string.Create(CultureInfo.InvariantCulture,
                $"{how}; target {Direction(indicator)} {resolved} for {year} ({origin}); {basis} = {score:0.###}");
        }

        return (new RuleOutcome(category, score, why), 1, outcome?.IsForecast == true);
    }

    /// <summary>
    /// The measured outcome for the period; else, for forecasts, a forecast for it; else, for a ratio indicator, the
    /// sum of numerators and denominators of measured outcomes within the period. Only the total (not per gender) counts.
    /// </summary>
    private (decimal? Value, Outcome? Outcome, string? How) FindOutcome(int i, Indicator indicator, bool explain)
    {
        Outcome? measured = null, forecast = null;
        decimal numerator = 0, denominator = 0;
        var parts = 0;
        var isRatio = indicator.Unit == MeasureUnit.Ratio;
        for (var k = _measurements.OutcomeStart[i]; k < _measurements.OutcomeStart[i + 1]; k++)
        {
            var key = _measurements.OutcomeKey[k];
            if (key == _measuredKey)
            {
                measured = _index.Outcomes[_measurements.OutcomeOrder[k]];
            }
            else if (key == _forecastKey)
            {
                forecast = _index.Outcomes[_measurements.OutcomeOrder[k]];
            }
            else if (isRatio)
            {
                var o = _index.Outcomes[_measurements.OutcomeOrder[k]];
                if (o is { IsForecast: false, Gender: Gender.Total, Value: { IsRatio: true } v } && o.Period.Start >= _period.Start && o.Period.End <= _period.End)
                {
                    numerator += v.Numerator!.Value;
                    denominator += v.Denominator!.Value;
                    parts++;
                }
            }
        }

        var scale = indicator.Ratio?.Scale ?? 1m;
        if (measured is not null)
        {
            return measured.Value is { } m
                ? (m.Value * (m.IsRatio ? scale : 1m), measured, explain ? Text($"outcome {m} for {_period.Id}{Source(measured.Source ?? indicator.Source)}") : null)
                : (null, measured, explain ? Text($"{indicator.Source ?? indicator.NodeId} missing for {_period.Id} (reported as no outcome)") : null);
        }

        if (_options.UseForecasts && forecast?.Value is { } f)
        {
            return (f.Value * (f.IsRatio ? scale : 1m), forecast, explain ? Text($"forecast {f} for {_period.Id}{Source(forecast.Source ?? indicator.Source)}") : null);
        }

        if (parts > 0 && denominator != 0)
        {
            return (numerator / denominator * scale, null, explain
                ? Text($"outcome {numerator}/{denominator} for {_period.Id}, summed from {parts} outcomes' numerators and denominators{Source(indicator.Source)}")
                : null);
        }

        return (null, null, explain ? Text($"{indicator.Source ?? indicator.NodeId} missing for {_period.Id}") : null);
    }

    // An outcome's own source wins over the indicator's: a series may mix published values with estimates.
    private static string Source(string? source) => source is null ? "" : ", " + source;

    private (RuleOutcome, double Coverage, bool Forecast) RollUp(int n, EvaluationState state, InputBuffer buffer, List<TraceInput>? inputs, List<string>? notes)
    {
        var assignment = _nodeRule.Count > 0 && _nodeRule.TryGetValue(n, out var own) ? own : _levelRule[_index.LevelOf[n]];
        var rule = assignment?.Rule ?? _options.DefaultRule;
        var policy = assignment?.MissingData ?? _options.MissingData;
        var minimumCoverage = assignment?.MinimumCoverage ?? _options.MinimumCoverage;
        var forecast = false;
        var linked = false;
        buffer.Clear();
        var down = _model.DownStart;
        for (var k = down[n]; k < down[n + 1]; k++)
        {
            linked = true;
            var edge = _model.DownEdge[k];
            var from = _model.EdgeSource[edge];
            if (!_assessedRole[_index.LevelOf[from]])
            {
                continue;
            }

            var weight = _index.UpWeight[edge];
            var category = state.Category[from];
            var score = category < 0 ? double.NaN
                : double.IsNaN(state.Score[from]) ? Scale.Categories[category].MinimumScore : state.Score[from];
            buffer.Push(new RuleInput(weight, category, score));
            forecast |= category >= 0 && state.Forecast[from];
            if (inputs is not null)
            {
                var use = category >= 0 ? InputUse.Used : policy switch
                {
                    MissingDataPolicy.CountAsNotMet => InputUse.CountedAsNotMet,
                    MissingDataPolicy.PropagateUnknown => InputUse.Propagated,
                    _ => InputUse.Excluded,
                };
                var id = _index.Nodes[from].Id;
                inputs.Add(new TraceInput(id, weight, category < 0 ? Scale.NotAssessed.Id : Scale.Categories[category].Id,
                    double.IsNaN(state.Score[from]) ? null : state.Score[from], use));
                if (use != InputUse.Used)
                {
                    notes!.Add(Text($"{id} not assessed, {Verb(use)}"));
                }
            }
        }

        if (buffer.Count == 0)
        {
            return (RuleOutcome.NotAssessed(notes is null ? null : linked ? "no assessed kind of node feeds this node" : "nothing feeds this node"), 0, false);
        }

        // Sums run over a canonical order of the inputs, so that floating-point results cannot depend on the order
        // the model's elements were added in. Not-assessed inputs (category -1) sort first.
        buffer.Sort();
        double all = 0, assessed = 0;
        var missing = 0;
        foreach (var input in buffer.Inputs)
        {
            all += input.Weight;
            if (input.Category < 0)
            {
                missing++;
            }
            else
            {
                assessed += input.Weight;
            }
        }

        var coverage = all > 0 ? assessed / all : 0;
        if (policy == MissingDataPolicy.PropagateUnknown && missing > 0)
        {
            return (RuleOutcome.NotAssessed(notes is null ? null : Text($"{missing} input(s) not assessed; unknown propagates")), coverage, forecast);
        }

        if (missing == buffer.Count)
        {
            return (RuleOutcome.NotAssessed(notes is null ? null : "no input is assessed"), coverage, forecast);
        }

        if (coverage < minimumCoverage)
        {
            return (RuleOutcome.NotAssessed(notes is null ? null : Text($"coverage {coverage:P0} below the minimum {minimumCoverage:P0}")), coverage, forecast);
        }

        var used = buffer.Inputs[missing..];
        if (policy == MissingDataPolicy.CountAsNotMet && missing > 0)
        {
            buffer.ReplaceMissing(Scale.Categories.Count - 1);
            buffer.Sort();
            used = buffer.Inputs;
        }

        double usedWeight = 0;
        foreach (var input in used)
        {
            usedWeight += input.Weight;
        }

        if (usedWeight <= 0)
        {
            return (RuleOutcome.NotAssessed(notes is null ? null : "the assessed inputs' weights sum to 0"), coverage, forecast);
        }

        return (rule.Apply(used, Scale, notes is not null), coverage, forecast);
    }

    /// <summary>The latest manual assessment of node n for the period decided on or before the as-of date, or -1.</summary>
    private int ManualFor(int n)
    {
        var found = -1;
        for (var k = _measurements.AssessmentStart[n]; k < _measurements.AssessmentStart[n + 1]; k++)
        {
            var a = _measurements.AssessmentOrder[k];
            var assessment = _index.Assessments[a];
            if (assessment.Period == _period && assessment.Date <= _asOf && (found < 0 || assessment.Date >= _index.Assessments[found].Date))
            {
                found = a;
            }
        }

        return found;
    }

    private (RuleAssignment?[], Dictionary<int, RuleAssignment>) AssignRules()
    {
        var byLevel = new RuleAssignment?[_index.Levels.Length];
        var byNode = new Dictionary<int, RuleAssignment>();
        foreach (var assignment in _options.Rules)
        {
            if (assignment.IsForNode)
            {
                byNode[_index.NodeIndex[assignment.Id]] = assignment;
            }
            else
            {
                byLevel[_index.LevelIndex[assignment.Id]] = assignment;
            }
        }

        return (byLevel, byNode);
    }

    private static string Verb(InputUse use) => use switch
    {
        InputUse.CountedAsNotMet => "counted as not met",
        InputUse.Propagated => "so the result is not assessed",
        _ => "excluded",
    };

    private static string Direction(Indicator indicator) => indicator.Direction switch
    {
        Targets.Direction.HigherIsBetter => "≥",
        Targets.Direction.LowerIsBetter => "≤",
        Targets.Direction.Exact => "=",
        _ => "within",
    };


    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
