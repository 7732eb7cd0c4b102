namespace Styrmodell.Evaluation;

/// <summary>How many nodes of a group got a category.</summary>
/// <param name="Group">The group: a level name, an owner's name or a target area's title.</param>
/// <param name="Category">The category.</param>
/// <param name="Count">The number of nodes.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record CategoryCount(string Group, AssessmentCategory Category, int Count);
