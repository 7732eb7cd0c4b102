using Styrmodell.Collections;
using Styrmodell.Evaluation;

namespace Styrmodell.FollowUp;

/// <summary>A goal assessed as not met for a period, with the action plans that answer it (empty when none does).</summary>
/// <param name="NodeId">The goal.</param>
/// <param name="Category">Its assessed category, one that does not count as met.</param>
/// <param name="ActionPlanIds">The ids of the action plans linked to it whose period overlaps the evaluated one.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record GoalDeviation(string NodeId, AssessmentCategory Category, EquatableArray<string> ActionPlanIds);
