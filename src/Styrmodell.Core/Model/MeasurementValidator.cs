using Styrmodell.Targets;
using Styrmodell.Time;
using Styrmodell.Validation;

namespace Styrmodell.Model;

/// <summary>Checks indicator definitions and outcomes against the nodes they belong to and against each other.</summary>
internal static class MeasurementValidator
{
    public static void Check(ModelIndex index, List<ValidationProblem> problems)
    {
        for (var i = 0; i < index.Indicators.Length; i++)
        {
            var indicator = index.Indicators[i];
            var at = new ProblemLocation(ModelElement.Indicator, indicator.NodeId, i);
            if (!index.NodeIndex.TryGetValue(indicator.NodeId, out var node))
            {
                problems.Add(new(ProblemCodes.DanglingReference, at with { Member = "node" },
                    $"Indicator definition names node '{indicator.NodeId}', which does not exist."));
            }
            else if (index.LevelOf[node] >= 0 && index.Levels[index.LevelOf[node]].Role != LevelRole.Indicator)
            {
                problems.Add(new(ProblemCodes.NotAnIndicator, at with { Member = "node" },
                    $"Node '{indicator.NodeId}' is at level '{index.Nodes[node].LevelId}', which is not an indicator level."));
            }

            indicator.Check(at, problems);
        }

        FormulaValidator.Check(index, problems);

        for (var a = 0; a < index.Assessments.Length; a++)
        {
            var assessment = index.Assessments[a];
            var at = new ProblemLocation(ModelElement.Assessment, assessment.NodeId, a);
            if (!index.NodeIndex.ContainsKey(assessment.NodeId))
            {
                problems.Add(new(ProblemCodes.DanglingReference, at with { Member = "node" },
                    $"Manual assessment for {assessment.Period.Id} names node '{assessment.NodeId}', which does not exist."));
            }

            if (string.IsNullOrWhiteSpace(assessment.Motivation))
            {
                problems.Add(new(ProblemCodes.MissingMotivation, at with { Member = "motivation" },
                    $"Manual assessment of '{assessment.NodeId}' for {assessment.Period.Id} by {assessment.Author} has no motivation."));
            }
        }

        var seen = new Dictionary<(string, ReportingPeriod, Gender, Disaggregation?, bool), int>(index.Outcomes.Length);
        for (var o = 0; o < index.Outcomes.Length; o++)
        {
            CheckOutcome(index, index.Outcomes[o], o, seen, problems);
        }

        DisaggregationValidator.Check(index, problems);
        ContributionValidator.Check(index, problems);
    }

    private static void CheckOutcome(
        ModelIndex index, Outcome outcome, int o, Dictionary<(string, ReportingPeriod, Gender, Disaggregation?, bool), int> seen,
        List<ValidationProblem> problems)
    {
        var at = new ProblemLocation(ModelElement.Outcome, outcome.IndicatorId, o);
        var key = (outcome.IndicatorId, outcome.Period, outcome.Gender, outcome.Disaggregation, outcome.IsForecast);
        if (!seen.TryAdd(key, o))
        {
            problems.Add(new(ProblemCodes.DuplicateOutcome, at,
                $"Indicator '{outcome.IndicatorId}' has a second {(outcome.IsForecast ? "forecast" : "outcome")} for {outcome.Period.Id} ({(outcome.Disaggregation is { } part ? part.ToString() : outcome.Gender.ToString())}); the first is outcome #{seen[key]}."));
        }

        CheckOutcomeForm(index, outcome, o, problems);
    }

    /// <summary>Checks one outcome against its indicator: the indicator exists and the value's form fits its unit.</summary>
    public static void CheckOutcomeForm(ModelIndex index, Outcome outcome, int o, List<ValidationProblem> problems)
    {
        var at = new ProblemLocation(ModelElement.Outcome, outcome.IndicatorId, o);
        if (!index.IndicatorIndex.TryGetValue(outcome.IndicatorId, out var i))
        {
            problems.Add(new(ProblemCodes.DanglingReference, at with { Member = "indicator" },
                $"Outcome for {outcome.Period.Id} names indicator '{outcome.IndicatorId}', which has no indicator definition."));
            return;
        }

        if (index.Indicators[i].Formula is not null)
        {
            problems.Add(new(ProblemCodes.OutcomeOfDerivedIndicator, at,
                $"Indicator '{outcome.IndicatorId}' is derived from a formula, which computes its outcomes; it takes none of its own (here for {outcome.Period.Id})."));
            return;
        }

        DisaggregationValidator.CheckNames(index.Indicators[i], outcome, at, problems);
        var isRatio = index.Indicators[i].Unit == MeasureUnit.Ratio;
        if (outcome.Value is { } value && value.IsRatio != isRatio)
        {
            problems.Add(new(isRatio ? ProblemCodes.RatioWithoutDenominator : ProblemCodes.UnitMismatch, at with { Member = "value" },
                isRatio
                    ? $"Indicator '{outcome.IndicatorId}' is a ratio, but its outcome for {outcome.Period.Id} is the plain value {value} without numerator and denominator."
                    : $"Indicator '{outcome.IndicatorId}' measures {index.Indicators[i].Unit}, but its outcome for {outcome.Period.Id} is the ratio {value}."));
        }
    }
}
