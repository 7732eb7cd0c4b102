using Styrmodell.Time;
using Styrmodell.Validation;

namespace Styrmodell.Targets;

public sealed partial record Indicator
{
    /// <summary>Reports every problem in this indicator's own definition.</summary>
    internal void Check(ProblemLocation at, List<ValidationProblem> problems)
    {
        if (Unit == MeasureUnit.Ratio && Ratio is null)
        {
            problems.Add(new(ProblemCodes.RatioWithoutDenominator, at with { Member = "ratio" },
                $"Indicator '{NodeId}' is a ratio but does not say what its numerator and denominator count."));
        }

        if (Baseline is null && Derivation is TargetDerivation.Linear or TargetDerivation.StepAtPeriodEnd)
        {
            problems.Add(new(ProblemCodes.MissingBaseline, at with { Member = "baseline" },
                $"Indicator '{NodeId}' derives yearly targets by {Derivation}, which starts from a baseline, but has none."));
        }

        CheckDimensions(at, problems);

        for (var i = 0; i < Targets.Count; i++)
        {
            CheckTarget(Targets[i], at with { Member = $"targets[{i}]" }, problems);
            for (var j = 0; j < i; j++)
            {
                var (earlier, later) = (Targets[j], Targets[i]);
                if (earlier.Scope == later.Scope && earlier.Decision.Date == later.Decision.Date && earlier.Level != later.Level)
                {
                    problems.Add(new(ProblemCodes.ConflictingRevision, at with { Member = $"targets[{i}]" },
                        $"Indicator '{NodeId}' has two targets for {later.Scope} decided on {IsoDate.Format(later.Decision.Date)}: {earlier.Level} (targets[{j}]) and {later.Level}."));
                }
            }
        }
    }

    private void CheckTarget(TargetValue target, ProblemLocation at, List<ValidationProblem> problems)
    {
        if (target.Scope.FirstYear < FirstYear || target.Scope.LastYear > LastYear)
        {
            problems.Add(new(ProblemCodes.TargetOutsideLife, at,
                $"Indicator '{NodeId}' is used {FirstYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "…"}–{LastYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "…"}, but has a target for {target.Scope}."));
        }

        if ((target.Level is RangeLevel) != (Direction == Direction.WithinRange))
        {
            problems.Add(new(ProblemCodes.TargetKindMismatch, at with { Member = at.Member + ".level" },
                $"Indicator '{NodeId}' is {Direction}, so its target for {target.Scope} must {(Direction == Direction.WithinRange ? "" : "not ")}be a range, but is {target.Level}."));
        }

        if (target.Level is ChangeFromBaseline && Baseline is null)
        {
            problems.Add(new(ProblemCodes.MissingBaseline, at with { Member = at.Member + ".level" },
                $"Indicator '{NodeId}' has a target for {target.Scope} stated as a change from the baseline, but has no baseline."));
        }

        if (target.Level is RelativeToComparison relative && !Comparisons.Any(c => c.ComparisonId == relative.ComparisonId))
        {
            problems.Add(new(ProblemCodes.DanglingReference, at with { Member = at.Member + ".level" },
                $"Indicator '{NodeId}' has a target for {target.Scope} relative to comparison '{relative.ComparisonId}', which has no values."));
        }
    }
}
