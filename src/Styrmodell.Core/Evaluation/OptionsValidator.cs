using Styrmodell.Evaluation.Rules;
using Styrmodell.Model;

namespace Styrmodell.Evaluation;

/// <summary>Checks evaluation options against a model before any work: every problem, at once, as one exception.</summary>
internal static class OptionsValidator
{
    public static void ThrowIfInvalid(EvaluationOptions options, SteeringModel model)
    {
        var problems = new List<string>();
        var index = model.Index;
        if (options.MinimumCoverage is < 0 or > 1 or double.NaN)
        {
            problems.Add($"MinimumCoverage must be in [0, 1], not {options.MinimumCoverage}.");
        }

        if (options.Tolerance <= 0)
        {
            problems.Add($"Tolerance must be positive, not {options.Tolerance}.");
        }

        foreach (var assignment in options.Rules)
        {
            var known = assignment.IsForNode ? index.NodeIndex.ContainsKey(assignment.Id) : index.LevelIndex.ContainsKey(assignment.Id);
            if (!known)
            {
                problems.Add($"A rule is assigned to {(assignment.IsForNode ? "node" : "level")} '{assignment.Id}', which the model does not have.");
            }

            if (assignment.MinimumCoverage is < 0 or > 1 or double.NaN)
            {
                problems.Add($"The rule for '{assignment.Id}' has MinimumCoverage {assignment.MinimumCoverage}, outside [0, 1].");
            }

            CheckRule(assignment.Rule, $"the rule for '{assignment.Id}'", options.Scale, problems);
        }

        foreach (var duplicate in options.Rules.GroupBy(r => (r.IsForNode, r.Id)).Where(g => g.Count() > 1))
        {
            problems.Add($"'{duplicate.Key.Id}' has {duplicate.Count()} rules; give each level or node one.");
        }

        CheckRule(options.DefaultRule, "the default rule", options.Scale, problems);
        var statuses = new HashSet<string>(StringComparer.Ordinal);
        foreach (var status in options.Statuses)
        {
            if (status is null)
            {
                problems.Add("Statuses must not contain null.");
            }
            else if (options.Scale.IndexOf(status.Id) >= 0 || status.Id == options.Scale.NotAssessed.Id)
            {
                problems.Add($"Status '{status.Id}' has the id of a category of the scale; a manual assessment naming it would be ambiguous.");
            }
            else if (!statuses.Add(status.Id))
            {
                problems.Add($"Status '{status.Id}' is listed twice.");
            }
        }

        foreach (var assessment in index.Assessments)
        {
            if (options.Scale.IndexOf(assessment.CategoryId) < 0 && !statuses.Contains(assessment.CategoryId))
            {
                problems.Add($"The manual assessment of '{assessment.NodeId}' for {assessment.Period.Id} gives category '{assessment.CategoryId}', which neither the scale nor the statuses have.");
            }
        }

        foreach (var id in options.OptionalInputs)
        {
            if (id is null || !index.NodeIndex.ContainsKey(id))
            {
                problems.Add($"Optional input '{id}' is not a node of the model.");
            }
        }

        if (options.Growth is null || options.Rounding is null)
        {
            problems.Add("Growth and Rounding must not be null.");
        }

        if (!Enum.IsDefined(options.MissingOutcome) || !Enum.IsDefined(options.ZeroDenominator) || !Enum.IsDefined(options.ScoreBasis) || !Enum.IsDefined(options.MissingData))
        {
            problems.Add($"An option has an undefined value: MissingOutcome {options.MissingOutcome}, ZeroDenominator {options.ZeroDenominator}, ScoreBasis {options.ScoreBasis}, MissingData {options.MissingData}.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException($"The evaluation options do not fit the model of {model.Municipality}:" + string.Concat(problems.Select(p => "\n- " + p)), nameof(options));
        }
    }

    private static void CheckRule(RollUpRule rule, string where, AssessmentScale scale, List<string> problems)
    {
        if (rule is ShareMetRule share)
        {
            foreach (var threshold in share.Thresholds.Where(t => scale.IndexOf(t.CategoryId) < 0))
            {
                problems.Add($"{char.ToUpperInvariant(where[0])}{where[1..]} names category '{threshold.CategoryId}', which the scale does not have.");
            }
        }
    }
}
