using NodaTime;
using Styrmodell.Evaluation.Rules;
using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Time;

namespace Styrmodell.Evaluation;

/// <summary>
/// Evaluates one node from its inputs' stored results. The same code path serves the full pass (no explanation) and
/// explanations on demand (with their steps), so an explanation always describes exactly what was computed.
/// </summary>
internal sealed partial class NodeEvaluator
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
    private readonly Dictionary<string, int>? _statusIndex;
    private readonly bool[]? _optional;
    private readonly bool[]? _deactivated;
    private readonly double[]? _factor;

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
        _statusIndex = options.Statuses.IsEmpty ? null
            : options.Statuses.Select((status, k) => (status.Id, k)).ToDictionary(x => x.Id, x => x.k, StringComparer.Ordinal);
        if (!options.OptionalInputs.IsEmpty)
        {
            _optional = new bool[_index.Nodes.Length];
            foreach (var id in options.OptionalInputs)
            {
                _optional[_index.NodeIndex[id]] = true;
            }
        }

        if (!options.DeactivatedNodes.IsEmpty)
        {
            _deactivated = new bool[_index.Nodes.Length];
            foreach (var id in options.DeactivatedNodes)
            {
                _deactivated[_index.NodeIndex[id]] = true;
            }
        }

        if (!options.PotentialFactors.IsEmpty)
        {
            _factor = new double[_index.Nodes.Length];
            Array.Fill(_factor, 1.0);
            foreach (var personalised in options.PotentialFactors)
            {
                _factor[_index.NodeIndex[personalised.NodeId]] = personalised.Factor;
            }
        }

        TracksAvailable = options.DefaultRule is PointsRule || options.Rules.Any(r => r.Rule is PointsRule);
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
        (_statusIndex, _optional, _deactivated, TracksAvailable) = (template._statusIndex, template._optional, template._deactivated, template.TracksAvailable);
        _factor = template._factor;
    }

    /// <summary>Gets whether a points rule is in use, so that each node's available share must be kept.</summary>
    public bool TracksAvailable { get; }

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
        if (state.Available is { } available)
        {
            available[n] = outcome.Available;
        }
    }

    /// <summary>Evaluates node n again, with its explanation, from its inputs' entries in <paramref name="state"/>; changes nothing.</summary>
    public NodeOutcome Explain(int n, EvaluationState state) => Evaluate(n, state, new InputBuffer(), []);

    private NodeOutcome Evaluate(int n, EvaluationState state, InputBuffer buffer, List<ExplanationStep>? steps)
    {
        if (OutOfScopeSubtree(n, state, steps is not null) is { } reason)
        {
            steps?.Add(new NotAssessedStep(reason));
            return new NodeOutcome(RuleOutcome.NotConcerned, double.NaN, RuleOutcome.NotConcerned, 1, false, -1,
                steps is null ? null : new Explanation([.. steps], []), 0.0, null);
        }

        var inputs = steps is null ? null : new List<ExplanationInput>();
        var manual = _measurements.AssessmentStart[n] == _measurements.AssessmentStart[n + 1] ? -1 : ManualFor(n);
        var status = manual >= 0 && _statusIndex is not null && _statusIndex.TryGetValue(_index.Assessments[manual].CategoryId, out var found) ? found : -1;
        var i = _measurements.IndicatorOfNode[n];
        var (computed, coverage, forecast, value) = status >= 0 ? (FromStatus(n, status, manual, steps), 1.0, false, null)
            : i >= 0 ? AssessIndicator(i, steps)
            : RollUp(n, state, buffer, inputs, steps);
        if (steps is not null)
        {
            if (computed.Step is { } last)
            {
                steps.Add(last);
            }

            if (forecast)
            {
                steps.Add(new ForecastStep());
            }
        }

        var (category, score) = (computed.Category, computed.Score);
        if (manual >= 0 && status < 0)
        {
            var assessment = _index.Assessments[manual];
            var manualCategory = Scale.IndexOf(assessment.CategoryId);
            var overrides = _options.ManualMode == ManualAssessmentMode.Override;
            if (overrides)
            {
                (category, score) = (manualCategory, double.NaN);
            }

            steps?.Add(new ManualAssessmentStep(assessment.CategoryId, CategoryId(computed.Category), _options.ManualMode,
                assessment.Author, assessment.Date, assessment.Motivation) { Provenance = assessment.Provenance });
        }

        Explanation? explanation = null;
        if (steps is not null)
        {
            explanation = new Explanation([.. steps], [.. inputs!]);
        }

        // A personalised potential scales what the node brings to the points roll-ups above it.
        var available = (category == computed.Category ? computed.Available : 1.0) * (_factor is null ? 1.0 : _factor[n]);
        return new NodeOutcome(category, score, computed.Category, coverage, forecast, manual, explanation, available, value);
    }

    /// <summary>A node's result from the status its manual assessment gives: the status's share, or not concerned.</summary>
    private RuleOutcome FromStatus(int n, int status, int manual, List<ExplanationStep>? steps)
    {
        var reported = _options.Statuses[status];
        var assessment = _index.Assessments[manual];
        // A détaillé status scores the part of the assessment's own split (validated to be there and sum to 1).
        var split = reported.Split ?? (reported.IsDetailed ? assessment.Split : null);
        var share = reported.Share ?? (reported.IsDetailed && split is not null ? AssessmentStatus.Part(split, reported.Scored!.Value) : null);
        var why = steps is null ? null
            : new StatusStep(reported.Id, reported.Label, share, assessment.Author, assessment.Date, assessment.Motivation) { Provenance = assessment.Provenance, Split = split, Tasks = StatusTasks(n, reported, split) };
        return share is { } achieved ? new(Scale.IndexFor(achieved), achieved, why)
            : reported.IsNotConcerned ? RuleOutcome.OutOfScope(why)
            : RuleOutcome.NotAssessed(why);
    }

    private (RuleOutcome, double Coverage, bool Forecast, decimal? Value) AssessIndicator(int i, List<ExplanationStep>? steps)
    {
        var indicator = _index.Indicators[i];
        var growth = _options.ScoreBasis == ScoreBasis.GrowthRate;
        var year = _period.End.Year;
        var (value, outcome, derivedForecast) = indicator.Formula is { } formula ? Derive(indicator, formula, steps)
            : growth && _options.Growth.LatestYearWithData ? Found(LatestWithData(i, indicator, steps))
            : Found(OwnOrSummed(i, indicator, steps));
        if (steps is not null && !indicator.Dimensions.IsEmpty)
        {
            WithDisaggregations(steps, i, indicator);
        }

        if (value is null)
        {
            if (_options.MissingOutcome != MissingOutcomePolicy.AtBaseline)
            {
                return (RuleOutcome.NotAssessed(NotAssessedReason.NoOutcome, steps is not null), 0, false, null);
            }

            if (indicator.Baseline is not { } start)
            {
                return (RuleOutcome.NotAssessed(NotAssessedReason.NoBaselineToCountAt, steps is not null), 0, false, null);
            }

            value = start.Value;
            steps?.Add(new CountedAtBaselineStep(start.Value, start.Period));
        }

        var forecast = outcome?.IsForecast == true || derivedForecast;
        var direction = indicator.Direction == Direction.Unstated ? _options.DefaultDirection : indicator.Direction;
        if (direction == Direction.Unstated)
        {
            return (RuleOutcome.NotAssessed(NotAssessedReason.NoDirection, steps is not null), 1, forecast, value);
        }

        if (growth)
        {
            var outcomeYear = outcome is { Period.Kind: ReportingPeriodKind.Year } && _options.Growth.LatestYearWithData ? outcome.Period.Start.Year : year;
            return (AssessGrowth(indicator, direction, value.Value, outcomeYear, steps), 1, forecast, value);
        }

        var target = indicator.TargetForYear(year, _asOf);
        if (target is null)
        {
            return (RuleOutcome.NotAssessed(NotAssessedReason.NoTarget, steps is not null), 1, forecast, value);
        }

        var resolved = indicator.Resolve(target, year);
        steps?.Add(Target(indicator, direction, target, resolved, year));
        if (!resolved.IsResolved)
        {
            return (RuleOutcome.NotAssessed(Unresolved(target), steps is not null), 1, forecast, value);
        }

        var (score, method) = IndicatorScore.Compute(indicator, direction, value.Value, resolved, _options.ScoreBasis, _options.Tolerance, _options.ClampScores);
        var why = steps is null ? null
            : WayDone(new ScoreStep(_options.ScoreBasis, method, double.IsNaN(score) ? null : score, IndicatorScore.Distance(direction, value.Value, resolved)),
                indicator, value.Value, resolved);
        return double.IsNaN(score)
            ? (RuleOutcome.NotAssessed(why), 1, forecast, value)
            : (new RuleOutcome(Scale.IndexFor(score), score, why), 1, forecast, value);
    }

    /// <summary>The indicator's outcome for the period: its own, or summed with its contributors' when it has any.</summary>
    private (decimal? Value, Outcome? Outcome) OwnOrSummed(int i, Indicator indicator, List<ExplanationStep>? steps) =>
        indicator.Contributors.IsEmpty ? FindOutcome(i, indicator, steps) : FromContributors(i, indicator, steps);

    private static (decimal? Value, Outcome? Outcome, bool Forecast) Found((decimal? Value, Outcome? Outcome) found) => (found.Value, found.Outcome, false);

    /// <summary>
    /// A derived indicator's value for the period: its formula computed from the values its inputs have for the period
    /// (a derived input computed in turn; validation bounds the chain). A required input without a value, or no input
    /// with one, leaves it without a value; a missing optional input counts as 0.
    /// </summary>
    private (decimal? Value, Outcome? Outcome, bool Forecast) Derive(Indicator indicator, Formula formula, List<ExplanationStep>? steps)
    {
        var read = new SortedDictionary<string, bool>(StringComparer.Ordinal); // id → optional everywhere it is read
        CollectInputs(formula, read);
        var values = new Dictionary<string, decimal>(read.Count, StringComparer.Ordinal);
        var inputs = steps is null ? null : new List<FormulaInputValue>(read.Count);
        bool missingRequired = false, forecast = false, illustrative = false;
        foreach (var (id, optional) in read)
        {
            var j = _index.IndicatorIndex[id];
            var input = _index.Indicators[j];
            // Explaining, the input's own step is kept aside for its provenance: a derived or summed input has no single outcome.
            var probe = steps is null ? null : new List<ExplanationStep>(1);
            var (value, outcome, isForecast) = input.Formula is { } inner ? Derive(input, inner, probe) : Found(OwnOrSummed(j, input, probe));
            isForecast |= outcome?.IsForecast == true;
            if (value is { } v)
            {
                values[id] = v;
                forecast |= isForecast;
                illustrative |= Sources.Provenance.Marks(outcome?.Provenance) || (probe?.Exists(IsIllustrative) ?? false);
            }
            else
            {
                missingRequired |= !optional;
            }

            inputs?.Add(new FormulaInputValue(id, optional, _period, value, isForecast && value is not null, input.Formula is not null));
        }

        var (computed, finding) = missingRequired ? (null, FormulaFinding.RequiredInputMissing)
            : values.Count == 0 ? (null, FormulaFinding.NoInputValue)
            : FormulaArithmetic.Compute(formula, values);
        steps?.Add(new FormulaStep(indicator.NodeId, _period, formula, [.. inputs!], finding, computed) { Provenance = illustrative ? Sources.Provenance.Illustrative : null });
        return (computed, null, computed is not null && forecast);
    }

    private static bool IsIllustrative(ExplanationStep step) =>
        Sources.Provenance.Marks(step switch { FormulaStep f => f.Provenance, OutcomeStep o => o.Provenance, _ => null });

    private static void CollectInputs(Formula formula, SortedDictionary<string, bool> read)
    {
        if (formula is Formula.Input input)
        {
            read[input.IndicatorId] = read.TryGetValue(input.IndicatorId, out var optional) ? optional && input.IsOptional : input.IsOptional;
            return;
        }

        foreach (var (_, part) in formula.Parts)
        {
            CollectInputs(part, read);
        }
    }

    /// <summary>The way done and the whole way from the baseline to a single-valued target (okr-tracker's task counts).</summary>
    private ScoreStep WayDone(ScoreStep step, Indicator indicator, decimal value, ResolvedTarget target)
    {
        if (indicator.Baseline is not { } baseline || target.UpperValue is not null)
        {
            return step;
        }

        var start = baseline.Value;
        return target.Value > start
            ? _options.CountRisingProgressFromZero
                ? step with { Done = value, Total = target.Value }
                : step with { Done = value - start, Total = target.Value - start }
            : step with { Done = start - value, Total = start - target.Value };
    }

    /// <summary>Open SDG's measure: growth from the baseline to the outcome against growth to the nearest target ahead by its year.</summary>
    private RuleOutcome AssessGrowth(Indicator indicator, Direction direction, decimal value, int year, List<ExplanationStep>? steps)
    {
        // The target is the one ahead of the period evaluated, even when the outcome is of an earlier year.
        var (target, targetYear) = GrowthTarget(indicator, _period.End.Year);
        if (target is null)
        {
            return RuleOutcome.NotAssessed(NotAssessedReason.NoTargetAhead, steps is not null);
        }

        var resolved = indicator.Resolve(target, targetYear);
        steps?.Add(Target(indicator, direction, target, resolved, targetYear));
        if (!resolved.IsResolved || resolved.UpperValue is not null)
        {
            return RuleOutcome.NotAssessed(resolved.IsResolved ? NotAssessedReason.RangeTargetHasNoGrowthPath : Unresolved(target), steps is not null);
        }

        var (score, growth) = GrowthScore.Compute(indicator, direction, value, year, resolved.Value, targetYear, _options.Growth, steps is not null);
        return double.IsNaN(score) ? RuleOutcome.NotAssessed(growth) : new(Scale.IndexFor(score), score, growth);
    }

    private static TargetStep Target(Indicator indicator, Direction direction, TargetValue target, ResolvedTarget resolved, int year) =>
        new(direction, resolved.IsResolved ? resolved.Value : null, resolved.IsResolved ? resolved.UpperValue : null, year,
            target.Scope, target.Decision, target.Origin, target.Origin == TargetOrigin.Derived ? indicator.Derivation : TargetDerivation.None,
            indicator.Baseline) { DirectionIsDefault = indicator.Direction == Direction.Unstated };

    /// <summary>
    /// Open SDG's current value: the outcome of the latest year, up to the period's year, with a measured value for the
    /// total (drafts left out when so configured; forecasts never count).
    /// </summary>
    private (decimal? Value, Outcome? Outcome) LatestWithData(int i, Indicator indicator, List<ExplanationStep>? steps)
    {
        Outcome? latest = null;
        var drafts = 0;
        for (var k = _measurements.OutcomeStart[i]; k < _measurements.OutcomeStart[i + 1]; k++)
        {
            var o = _index.Outcomes[_measurements.OutcomeOrder[k]];
            if (o is { IsForecast: false, IsTotal: true, Value: { HasZeroDenominator: false }, Period.Kind: ReportingPeriodKind.Year } && o.Period.End <= _period.End)
            {
                if (_options.ExcludeDrafts && o.Status == OutcomeStatus.Draft)
                {
                    drafts++; // not approved: as if not reported
                }
                else if (latest is null || o.Period.Start > latest.Period.Start)
                {
                    latest = o;
                }
            }
        }

        if (latest?.Value is not { } v)
        {
            steps?.Add(Drafts(drafts, Found(indicator, OutcomeFinding.Missing, null, null, 0, 0)));
            return (null, null);
        }

        var used = v.Value * (v.IsRatio ? indicator.Ratio?.Scale ?? 1m : 1m);
        steps?.Add(Drafts(drafts, Found(indicator, OutcomeFinding.LatestYearWithData, used, latest, 0, 0) with { Period = latest.Period }));
        return (used, latest);
    }

    // A target resolves to nothing only when it is a change from a missing baseline or relative to a missing comparison.
    private static NotAssessedReason Unresolved(TargetValue target) =>
        target.Level is ChangeFromBaseline ? NotAssessedReason.NoBaselineForTarget : NotAssessedReason.NoComparisonValue;

    /// <summary>
    /// The nearest decided target ahead: among the targets decided by the as-of date whose scope ends in or after the
    /// period's year, the one ending first (a yearly target before a mandate-period one ending the same year).
    /// </summary>
    private (TargetValue? Target, int Year) GrowthTarget(Indicator indicator, int year)
    {
        TargetScope? nearest = null;
        foreach (var decided in indicator.Targets)
        {
            var scope = decided.Scope;
            if (scope.LastYear >= year && decided.Decision.Date <= _asOf
                && (nearest is not { } best || scope.LastYear < best.LastYear || (scope.LastYear == best.LastYear && best.IsMandatePeriod && !scope.IsMandatePeriod)))
            {
                nearest = scope;
            }
        }

        return nearest is { } found ? (indicator.TargetAsOf(found, _asOf), found.LastYear) : (null, year);
    }

    /// <summary>
    /// The measured outcome for the period; else, for forecasts, a forecast for it; else, for a ratio indicator, the
    /// sum of numerators and denominators of measured outcomes within the period. Only the total (not per gender) counts.
    /// </summary>
    private (decimal? Value, Outcome? Outcome) FindOutcome(int i, Indicator indicator, List<ExplanationStep>? steps)
    {
        Outcome? measured = null, forecast = null;
        decimal numerator = 0, denominator = 0;
        int parts = 0, empty = 0, drafts = 0;
        var illustrativePart = false;
        var isRatio = indicator.Unit == MeasureUnit.Ratio;
        var excludeDrafts = _options.ExcludeDrafts;
        for (var k = _measurements.OutcomeStart[i]; k < _measurements.OutcomeStart[i + 1]; k++)
        {
            var key = _measurements.OutcomeKey[k];
            if (key == _measuredKey || key == _forecastKey)
            {
                var o = _index.Outcomes[_measurements.OutcomeOrder[k]];
                if (excludeDrafts && o.Status == OutcomeStatus.Draft)
                {
                    drafts++; // not approved: as if not reported
                }
                else if (key == _measuredKey)
                {
                    measured = o;
                }
                else
                {
                    forecast = o;
                }
            }
            else if (isRatio)
            {
                var o = _index.Outcomes[_measurements.OutcomeOrder[k]];
                if (o is { IsForecast: false, IsTotal: true } && o.Period.Start >= _period.Start && o.Period.End <= _period.End)
                {
                    if (excludeDrafts && o.Status == OutcomeStatus.Draft)
                    {
                        drafts++;
                    }
                    else if (o.Value is { IsRatio: true } v)
                    {
                        numerator += v.Numerator!.Value;
                        denominator += v.Denominator!.Value;
                        parts++;
                        illustrativePart |= Sources.Provenance.Marks(o.Provenance);
                    }
                    else if (o.Value is null)
                    {
                        empty++; // an update without a value: dropped, numerator and denominator alike
                    }
                }
            }
        }

        if (_options.OneRatioOutcomePerPeriod && isRatio && parts + empty + (measured is null ? 0 : 1) > 1)
        {
            // Akvo RSR allows one update on a percentage period; more is an error there, so nothing is pooled here.
            steps?.Add(Found(indicator, OutcomeFinding.SeveralRatioOutcomes, null, null, parts, empty) with { DraftsLeftOut = drafts });
            return (null, null);
        }

        var scale = indicator.Ratio?.Scale ?? 1m;
        if (measured is not null)
        {
            var m = measured.Value;
            if (m is { HasZeroDenominator: true })
            {
                // One outcome with a denominator of 0 (Akvo RSR accepts such an update): no quotient, so the policy decides.
                var zero = _options.ZeroDenominator == ZeroDenominatorPolicy.Zero;
                steps?.Add(Drafts(drafts, Found(indicator, zero ? OutcomeFinding.ZeroDenominatorCountedAsZero : OutcomeFinding.ZeroDenominator, zero ? 0m : null, measured, 0, 0)));
                return (zero ? 0m : null, measured);
            }

            var used = m is { } v ? v.Value * (v.IsRatio ? scale : 1m) : (decimal?)null;
            steps?.Add(Drafts(drafts, Found(indicator, used is null ? OutcomeFinding.ReportedWithoutValue : OutcomeFinding.Measured, used, measured, 0, 0)));
            return (used, measured);
        }

        if (_options.UseForecasts && forecast?.Value is { HasZeroDenominator: false } f)
        {
            var used = f.Value * (f.IsRatio ? scale : 1m);
            steps?.Add(Drafts(drafts, Found(indicator, OutcomeFinding.Forecast, used, forecast, 0, 0)));
            return (used, forecast);
        }

        if (parts > 0 && denominator != 0)
        {
            var pooled = numerator / denominator * scale;
            steps?.Add(Drafts(drafts, Found(indicator, OutcomeFinding.Pooled, pooled, null, parts, empty)
                with { Numerator = numerator, Denominator = denominator, Provenance = illustrativePart ? Sources.Provenance.Illustrative : null }));
            return (pooled, null);
        }

        if (parts + empty > 0)
        {
            // Pooled parts whose denominators sum to 0: no value, or 0 when so configured (Akvo RSR's rule).
            var zero = _options.ZeroDenominator == ZeroDenominatorPolicy.Zero;
            steps?.Add(Drafts(drafts, Found(indicator, zero ? OutcomeFinding.PooledZeroCountedAsZero : OutcomeFinding.PooledZeroDenominator, zero ? 0m : null, null, parts, empty)
                with { Numerator = numerator, Denominator = denominator }));
            return (zero ? 0m : null, null);
        }

        steps?.Add(Drafts(drafts, Found(indicator, OutcomeFinding.Missing, null, null, 0, 0)));
        return (null, null);
    }

    /// <summary>Adds the indicator's outcomes per disaggregation value to its outcome step (explanations only).</summary>
    private void WithDisaggregations(List<ExplanationStep> steps, int i, Indicator indicator)
    {
        var at = steps.FindLastIndex(step => step is OutcomeStep);
        if (at >= 0)
        {
            var sources = ContributionSources.Of(_index, i, _options.IncludeOwnOutcome); // [i] without contributors
            steps[at] = ((OutcomeStep)steps[at]) with { Disaggregations = DisaggregationPooling.Pool(_index, _measurements, indicator, sources, _period, _options.ExcludeDrafts) };
        }
    }

    private static OutcomeStep Drafts(int drafts, OutcomeStep step) => drafts == 0 ? step : step with { DraftsLeftOut = drafts };

    // An outcome's own source wins over the indicator's: a series may mix published values with estimates.
    private OutcomeStep Found(Indicator indicator, OutcomeFinding finding, decimal? value, Outcome? outcome, int parts, int dropped) =>
        new(indicator.NodeId, _period, Gender.Total, finding, value, outcome?.Value?.Numerator, outcome?.Value?.Denominator, parts, dropped,
            outcome?.Status, outcome?.Source ?? indicator.Source) { Provenance = outcome?.Provenance };

    private (RuleOutcome, double Coverage, bool Forecast, decimal? Value) RollUp(int n, EvaluationState state, InputBuffer buffer, List<ExplanationInput>? inputs, List<ExplanationStep>? steps)
    {
        var assignment = _nodeRule.Count > 0 && _nodeRule.TryGetValue(n, out var own) ? own : _levelRule[_index.LevelOf[n]];
        var rule = assignment?.Rule ?? _options.DefaultRule;
        var policy = assignment?.MissingData ?? _options.MissingData;
        var minimumCoverage = assignment?.MinimumCoverage ?? _options.MinimumCoverage;
        var forecast = false;
        var linked = false;
        var leftOut = 0;
        buffer.Clear();
        var down = _model.DownStart;
        var available = state.Available;
        var mapped = rule is WeightedMappingRule; // an origin weighs its own points × the mapping's weight
        for (var k = down[n]; k < down[n + 1]; k++)
        {
            linked = true;
            var edge = _model.DownEdge[k];
            var from = _model.EdgeSource[edge];
            if (!_assessedRole[_index.LevelOf[from]])
            {
                continue;
            }

            var link = _index.UpWeight[edge];
            var weight = mapped ? link * _index.Nodes[from].Weight : link;
            var category = state.Category[from];
            var optionalMissing = category == -1 && _optional is not null && _optional[from];
            if (!optionalMissing)
            {
                var score = category < 0 ? double.NaN
                    : double.IsNaN(state.Score[from]) ? Scale.Categories[category].MinimumScore : state.Score[from];
                // A not-concerned input's available share is its personalised factor: the potential it shares out.
                buffer.Push(new RuleInput(weight, category, score, available is null ? 1.0 : category == RuleOutcome.NotConcerned ? FactorOf(from) : available[from]));
                forecast |= category >= 0 && state.Forecast[from];
            }
            else
            {
                leftOut++;
            }

            if (inputs is not null)
            {
                var use = category >= 0 ? InputUse.Used
                    : category == RuleOutcome.NotConcerned ? InputUse.NotConcerned
                    : optionalMissing ? InputUse.LeftOut
                    : policy switch
                    {
                        MissingDataPolicy.CountAsNotMet or MissingDataPolicy.CountAsZero => InputUse.CountedAsNotMet,
                        MissingDataPolicy.PropagateUnknown => InputUse.Propagated,
                        _ => InputUse.Excluded,
                    };
                inputs.Add(new ExplanationInput(_index.Nodes[from].Id, link, category < 0 ? Scale.NotAssessed.Id : Scale.Categories[category].Id,
                    double.IsNaN(state.Score[from]) ? null : state.Score[from], use) { Points = mapped ? _index.Nodes[from].Weight : null });
            }
        }

        if (buffer.Count == 0 && !linked && _options.EmptyRollUpIsZero)
        {
            return (new RuleOutcome(Scale.IndexFor(0.0), 0.0, steps is null ? null : new EmptyRollUpStep()), 1, false, null);
        }

        if (buffer.Count == 0)
        {
            return (RuleOutcome.NotAssessed(
                leftOut > 0 ? NotAssessedReason.NoInputAssessed : linked ? NotAssessedReason.NoAssessedKindFeeds : NotAssessedReason.NothingFeeds,
                steps is not null), 0, false, null);
        }

        // Sums run over a canonical order of the inputs, so that floating-point results cannot depend on the order
        // the model's elements were added in. Not-concerned inputs (category -2) sort first, then not-assessed ones (-1).
        buffer.Sort();
        double all = 0, assessed = 0;
        int missing = 0, outOfScope = 0;
        foreach (var input in buffer.Inputs)
        {
            if (input.Category == RuleOutcome.NotConcerned)
            {
                outOfScope++;
                continue;
            }

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

        if (outOfScope == buffer.Count)
        {
            return (RuleOutcome.OutOfScope(steps is null ? null : new NotAssessedStep(NotAssessedReason.EveryInputNotConcerned)), 0, false, null);
        }

        var coverage = all > 0 ? assessed / all : 0;
        if (steps is not null && (missing > 0 || leftOut > 0 || coverage < minimumCoverage))
        {
            steps.Add(new MissingDataStep(policy, missing, leftOut, coverage, minimumCoverage));
        }

        if (policy == MissingDataPolicy.PropagateUnknown && missing > 0)
        {
            return (RuleOutcome.NotAssessed(NotAssessedReason.MissingInputPropagates, steps is not null), coverage, forecast, null);
        }

        if (missing == buffer.Count - outOfScope && policy != MissingDataPolicy.CountAsZero)
        {
            return (RuleOutcome.NotAssessed(NotAssessedReason.NoInputAssessed, steps is not null), coverage, forecast, null);
        }

        if (coverage < minimumCoverage)
        {
            return (RuleOutcome.NotAssessed(NotAssessedReason.CoverageBelowMinimum, steps is not null), coverage, forecast, null);
        }

        var start = outOfScope + missing;
        if (missing > 0 && policy is MissingDataPolicy.CountAsNotMet or MissingDataPolicy.CountAsZero)
        {
            buffer.ReplaceMissing(Scale.Categories.Count - 1);
            buffer.Sort();
            start = outOfScope;
        }

        var used = buffer.Inputs[start..];
        double usedWeight = 0;
        foreach (var input in used)
        {
            usedWeight += input.Weight;
        }

        if (usedWeight <= 0)
        {
            return (RuleOutcome.NotAssessed(NotAssessedReason.WeightsSumToZero, steps is not null), coverage, forecast, null);
        }

        var outcome = rule.Apply(new RollUpInputs(used, buffer.Inputs[..outOfScope], Scale, _options.ClampScores), steps is not null);
        if (outcome.Step is RuleStep { Rule: RuleKind.Points, PointsAvailable: not null } pointsStep)
        {
            // Explanations only: the full pass stores nothing for this, so it is followed down the tree on request.
            outcome = outcome with { Step = Personalised(n, WithParts(n, rule, state, pointsStep)) };
        }
        else if (outcome.Step is RuleStep { Rule: RuleKind.WeightedMapping } mappedStep)
        {
            // The node's points are its own (its link weight to its parent), shared by the origins' weights.
            var ownPoints = _index.Nodes[n].Weight;
            var parted = WithParts(n, rule, state, mappedStep with { PointsAvailable = ownPoints, PointsAwarded = ownPoints * outcome.Score });
            outcome = outcome with { Step = Personalised(n, parted with { Tasks = null }) }; // the origins' tasks are not the mapped node's
        }

        return (outcome, coverage, forecast, null);
    }

    private double FactorOf(int n) => _factor is null ? 1.0 : _factor[n];

    private bool IsLeftOut(int n, EvaluationState state) => state.Category[n] == -1 && _optional is not null && _optional[n];

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

    private string CategoryId(int position) => position < 0 ? Scale.NotAssessed.Id : Scale.Categories[position].Id;

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
}
