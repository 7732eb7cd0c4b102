using Styrmodell.Evaluation;

namespace Styrmodell.FollowUp;

/// <summary>One of a committee's goals in its status check, with the engine's assessment.</summary>
/// <param name="NodeId">The goal.</param>
/// <param name="Title">Its title.</param>
/// <param name="Level">Its level's name, e.g. <c>Nämndmål</c>.</param>
/// <param name="Category">Its assessed category.</param>
/// <param name="Analysis">The analysis written about it for the period, or <see langword="null"/>.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record StatusCheckResult(string NodeId, string Title, string Level, AssessmentCategory Category, string? Analysis);
