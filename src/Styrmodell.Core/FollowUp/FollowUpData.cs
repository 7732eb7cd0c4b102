using Styrmodell.Collections;

namespace Styrmodell.FollowUp;

/// <summary>
/// What a municipality follows up beside goals and indicators: special assignments, plan levels and activities,
/// internal control plans, action plans, analysis texts and the texts of its status checks. Part of a
/// <see cref="Model.SteeringModel"/>, whose builder checks every reference in it against the model's units and nodes.
/// </summary>
/// <remarks>
/// Equality is by value, element by element in order. It belongs to an exchange document (<c>ExchangeDocumentBuilder.WithFollowUp</c>,
/// <c>ExchangeDocument.WithFollowUp</c>), checked against its model; see <c>docs/follow-up.md</c>.
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed partial record FollowUpData
{
    /// <summary>Gets the empty follow-up data.</summary>
    public static FollowUpData Empty { get; } = new();

    /// <summary>Gets the special assignments (särskilda uppdrag).</summary>
    /// <value>Default empty.</value>
    public EquatableArray<SpecialAssignment> SpecialAssignments { get; init; }

    /// <summary>Gets the internal control plans (internkontrollplaner), at most one per owner and year.</summary>
    /// <value>Default empty.</value>
    public EquatableArray<InternalControlPlan> InternalControlPlans { get; init; }

    /// <summary>Gets the plan levels (flerårsplan, verksamhetsplan, kontorsplan, arbetsplan, …) with their horizons.</summary>
    /// <value>Default empty.</value>
    public EquatableArray<PlanLevel> PlanLevels { get; init; }

    /// <summary>Gets the activities of the plans.</summary>
    /// <value>Default empty.</value>
    public EquatableArray<Activity> Activities { get; init; }

    /// <summary>Gets the action plans (åtgärdsplaner) for deviations.</summary>
    /// <value>Default empty.</value>
    public EquatableArray<ActionPlan> ActionPlans { get; init; }

    /// <summary>Gets the analysis texts written at follow-up points, per node or per unit and period.</summary>
    /// <value>Default empty.</value>
    public EquatableArray<AnalysisText> AnalysisTexts { get; init; }

    /// <summary>Gets the written parts of the status checks (nulägeskoll), at most one per unit and period.</summary>
    /// <value>Default empty.</value>
    public EquatableArray<StatusCheckTexts> StatusCheckTexts { get; init; }

    /// <summary>Gets whether there is no follow-up data at all.</summary>
    public bool IsEmpty => Equals(Empty);
}
