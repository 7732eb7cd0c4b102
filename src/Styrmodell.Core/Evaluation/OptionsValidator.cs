using System.Globalization;
using Styrmodell.Evaluation.Rules;
using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Validation;

namespace Styrmodell.Evaluation;

/// <summary>
/// Checks evaluation options against a model: every problem at once, each coded and located. A document's builder
/// runs the same checks, so a valid document never fails here.
/// </summary>
internal static class OptionsValidator
{
    private static readonly ProblemLocation Settings = new(ModelElement.EvaluationSettings, "evaluation", 0);

    /// <summary>For direct callers of the evaluator: the same checks, as one exception listing every problem.</summary>
    public static void ThrowIfInvalid(EvaluationOptions options, SteeringModel model)
    {
        var problems = new List<ValidationProblem>();
        Check(options, model.Index, problems);
        if (problems.Count > 0)
        {
            throw new ArgumentException($"The evaluation options do not fit the model of {model.Municipality}:" + string.Concat(problems.Select(p => "\n- " + p)), nameof(options));
        }
    }

    public static void Check(EvaluationOptions options, ModelIndex index, List<ValidationProblem> problems)
    {
        void Add(string code, ProblemLocation at, string message) => problems.Add(new(code, at, message));

        if (options.MinimumCoverage is < 0 or > 1 or double.NaN)
        {
            Add(ProblemCodes.InvalidSetting, Settings with { Member = "minimumCoverage" }, Text($"The minimum coverage must be in [0, 1], not {options.MinimumCoverage}."));
        }

        if (!(options.Tolerance > 0))
        {
            Add(ProblemCodes.InvalidSetting, Settings with { Member = "tolerance" }, Text($"The tolerance must be positive, not {options.Tolerance}."));
        }

        var seen = new HashSet<(bool, string)>();
        for (var k = 0; k < options.Rules.Count; k++)
        {
            var assignment = options.Rules[k];
            var at = new ProblemLocation(ModelElement.EvaluationRule, assignment.Id, k);
            var (known, member) = assignment.IsForNode
                ? (index.NodeIndex.ContainsKey(assignment.Id), "node")
                : (index.LevelIndex.ContainsKey(assignment.Id), "level");
            if (!known)
            {
                Add(ProblemCodes.DanglingReference, at with { Member = member }, $"A rule is assigned to {member} '{assignment.Id}', which the model does not have.");
            }

            if (!seen.Add((assignment.IsForNode, assignment.Id)))
            {
                Add(ProblemCodes.DuplicateEntry, at with { Member = member }, $"'{assignment.Id}' has more than one rule; give each level or node one.");
            }

            if (assignment.MinimumCoverage is < 0 or > 1 or double.NaN)
            {
                Add(ProblemCodes.InvalidSetting, at with { Member = "minimumCoverage" }, Text($"The minimum coverage must be in [0, 1], not {assignment.MinimumCoverage}."));
            }

            CheckRule(assignment.Rule, at, "rule", options.Scale, problems);
        }

        CheckRule(options.DefaultRule, Settings, "defaultRule", options.Scale, problems);
        var statuses = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < options.Statuses.Count; k++)
        {
            var status = options.Statuses[k];
            if (status is null)
            {
                Add(ProblemCodes.InvalidSetting, new(ModelElement.EvaluationStatus, "", k), "A status is null.");
                continue;
            }

            var at = new ProblemLocation(ModelElement.EvaluationStatus, status.Id, k, "id");
            if (options.Scale.IndexOf(status.Id) >= 0 || status.Id == options.Scale.NotAssessed.Id)
            {
                Add(ProblemCodes.DuplicateId, at, $"Status '{status.Id}' has the id of a category of the scale; a manual assessment naming it would be ambiguous.");
            }
            else if (!statuses.Add(status.Id))
            {
                Add(ProblemCodes.DuplicateId, at, $"Status '{status.Id}' is listed twice.");
            }
        }

        for (var k = 0; k < index.Assessments.Length; k++)
        {
            var assessment = index.Assessments[k];
            if (options.Scale.IndexOf(assessment.CategoryId) < 0 && !statuses.Contains(assessment.CategoryId))
            {
                Add(ProblemCodes.UnknownCategory, new(ModelElement.Assessment, assessment.NodeId, k, "category"),
                    $"The manual assessment of '{assessment.NodeId}' for {assessment.Period.Id} gives category '{assessment.CategoryId}', which neither the scale nor the statuses have.");
            }

            CheckSplit(options, assessment, new(ModelElement.Assessment, assessment.NodeId, k, "split"), problems);
        }

        for (var k = 0; k < options.OptionalInputs.Count; k++)
        {
            var id = options.OptionalInputs[k];
            if (!index.NodeIndex.ContainsKey(id))
            {
                Add(ProblemCodes.DanglingReference, new(ModelElement.OptionalInput, id, k), $"Optional input '{id}' is not a node of the model.");
            }
        }

        for (var k = 0; k < options.DeactivatedNodes.Count; k++)
        {
            var id = options.DeactivatedNodes[k];
            if (!index.NodeIndex.ContainsKey(id))
            {
                Add(ProblemCodes.DanglingReference, Settings with { Id = id, Member = $"deactivatedNodes[{k}]" }, $"Deactivated node '{id}' is not a node of the model.");
            }
        }

        var personalised = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < options.PotentialFactors.Count; k++)
        {
            var (id, factor) = (options.PotentialFactors[k].NodeId, options.PotentialFactors[k].Factor);
            var at = Settings with { Id = id, Member = $"potentialFactors[{k}]" };
            if (id is null || !index.NodeIndex.ContainsKey(id))
            {
                Add(ProblemCodes.DanglingReference, at with { Member = at.Member + ".node" }, $"A potential factor is given for '{id}', which is not a node of the model.");
            }
            else if (!personalised.Add(id))
            {
                Add(ProblemCodes.DuplicateEntry, at with { Member = at.Member + ".node" }, $"'{id}' has more than one potential factor; give each node one.");
            }

            if (!double.IsFinite(factor) || factor < 0)
            {
                Add(ProblemCodes.InvalidSetting, at with { Member = at.Member + ".factor" }, Text($"The potential factor of '{id}' must be a finite number ≥ 0, not {factor}."));
            }
        }

        if (options.DefaultDirection is not (Direction.Unstated or Direction.HigherIsBetter or Direction.LowerIsBetter))
        {
            Add(ProblemCodes.InvalidSetting, Settings with { Member = "defaultDirection" },
                $"The default direction must be higher or lower is better (or unstated, for none), not {EnumText.Of(options.DefaultDirection)}: a range or exact target needs its indicator to say so.");
        }

        var rounded = new HashSet<PresentedQuantity>();
        for (var k = 0; k < options.QuantityRoundings.Count; k++)
        {
            if (options.QuantityRoundings[k] is null)
            {
                Add(ProblemCodes.InvalidSetting, Settings with { Member = Text($"quantityRoundings[{k}]") }, "A quantity rounding is null.");
            }
            else if (!rounded.Add(options.QuantityRoundings[k].Quantity))
            {
                Add(ProblemCodes.DuplicateEntry, Settings with { Member = Text($"quantityRoundings[{k}].quantity") },
                    $"Quantity {EnumText.Of(options.QuantityRoundings[k].Quantity)} has more than one rounding; give each kind of number one.");
            }
        }

        if (options.Growth is null || options.Rounding is null)
        {
            Add(ProblemCodes.InvalidSetting, Settings, "Growth and Rounding must not be null.");
        }

        if (!Enum.IsDefined(options.MissingOutcome) || !Enum.IsDefined(options.ZeroDenominator) || !Enum.IsDefined(options.ScoreBasis)
            || !Enum.IsDefined(options.MissingData) || !Enum.IsDefined(options.ManualMode))
        {
            Add(ProblemCodes.InvalidSetting, Settings,
                $"An option has an undefined value: MissingOutcome {options.MissingOutcome}, ZeroDenominator {options.ZeroDenominator}, ScoreBasis {options.ScoreBasis}, MissingData {options.MissingData}, ManualMode {options.ManualMode}.");
        }
    }

    private static void CheckRule(RollUpRule rule, ProblemLocation at, string member, AssessmentScale scale, List<ValidationProblem> problems)
    {
        if (rule is ShareMetRule share)
        {
            for (var k = 0; k < share.Thresholds.Count; k++)
            {
                var category = share.Thresholds[k].CategoryId;
                if (scale.IndexOf(category) < 0)
                {
                    problems.Add(new(ProblemCodes.UnknownCategory, at with { Member = Text($"{member}.thresholds[{k}].category") },
                        $"The threshold names category '{category}', which the scale does not have."));
                }
            }
        }
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>A split goes with a <i>détaillé</i> status, and such a status with a valid split.</summary>
    private static void CheckSplit(EvaluationOptions options, ManualAssessment assessment, ProblemLocation at, List<ValidationProblem> problems)
    {
        var detailed = options.Statuses.Any(s => s is { IsDetailed: true } && s.Id == assessment.CategoryId);
        var what = $"The manual assessment of '{assessment.NodeId}' for {assessment.Period.Id}";
        if (assessment.Split is not { } split)
        {
            if (detailed)
            {
                problems.Add(new(ProblemCodes.InvalidSplit, at,
                    $"{what} gives the détaillé status '{assessment.CategoryId}' without a split; give the shares done, planned and not done."));
            }

            return;
        }

        if (!detailed)
        {
            problems.Add(new(ProblemCodes.InvalidSplit, at,
                $"{what} gives a split with '{assessment.CategoryId}', which is not a détaillé status; a split goes only with a status that takes it from the assessment."));
        }

        if (!split.IsValid)
        {
            problems.Add(new(ProblemCodes.InvalidSplit, at, Text(
                $"{what} splits its points {split.Done} done, {split.Planned} planned, {split.NotDone} not done; each share must be in [0, 1] and the three must sum to 1.")));
        }
    }
}
