using Styrmodell.Evaluation.Rules;
using Styrmodell.Model;

namespace Styrmodell.Evaluation;

public static partial class EvaluationPresets
{
    /// <summary>
    /// Gets the scale of a plan's progress: <c>plan-realise</c> when every measure is done (met), else
    /// <c>plan-en-cours</c>; <c>plan-non-evalue</c> when not assessed.
    /// </summary>
    public static AssessmentScale PlanStatuses { get; } = new(
        [
            new("plan-realise", "Réalisé", "#1B5E20", 1.0, isMet: true),
            new("plan-en-cours", "En cours", "#FDD835", 0.0, isMet: false),
        ],
        new("plan-non-evalue", "Non évalué", "#9E9E9E", 0.0, isMet: false));

    /// <summary>
    /// territoires-en-transitions' plan progress (<c>PlanProgressRules.computeProgress</c>): a plan node's score is the
    /// share of its measures — the nodes that feed it — whose status is <c>realise</c> (Réalisé); every other status of a
    /// TeT action sheet (<c>a-venir</c>, <c>en-cours</c>, <c>en-pause</c>, <c>abandonne</c>, <c>bloque</c>,
    /// <c>en-retard</c>, <c>a-discuter</c>) and no status at all count as not done, abandoned ones included. A plan
    /// without measures scores 0, not nothing. Sub-measures (TeT's sub-sheets, <c>parentId</c>) are activities
    /// (<see cref="LevelRole.Activity"/>), which the preset does not count. Shown in per cent to one decimal, halves
    /// away from zero (<c>roundTo(…, 1)</c>).
    /// </summary>
    /// <returns>The options.</returns>
    public static EvaluationOptions PlanProgress() => new()
    {
        Scale = PlanStatuses,
        DefaultRule = new ShareMetRule([new ShareThreshold("plan-realise", 1.0)]),
        Statuses =
        [
            AssessmentStatus.WithShare("a-venir", "À venir", 0),
            AssessmentStatus.WithShare("en-cours", "En cours", 0),
            AssessmentStatus.WithShare("realise", "Réalisé", 1),
            AssessmentStatus.WithShare("en-pause", "En pause", 0),
            AssessmentStatus.WithShare("abandonne", "Abandonné", 0),
            AssessmentStatus.WithShare("bloque", "Bloqué", 0),
            AssessmentStatus.WithShare("en-retard", "En retard", 0),
            AssessmentStatus.WithShare("a-discuter", "A discuter", 0),
        ],
        MissingData = MissingDataPolicy.CountAsZero,
        EmptyRollUpIsZero = true,
        AssessedRoles = [.. EveryRole.Where(role => role != LevelRole.Activity)],
        Rounding = new(RoundingMode.HalfAwayFromZero, 1),
    };
}
