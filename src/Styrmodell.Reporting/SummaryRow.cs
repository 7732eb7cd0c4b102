using Styrmodell.Collections;

namespace Styrmodell.Reporting;

/// <summary>One group of a summary: how many of its nodes got each category.</summary>
/// <param name="Group">The group: an owner's name, a target area's title or a level's name.</param>
/// <param name="Counts">One count per category of the report's scale, best first, then the not-assessed count.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record SummaryRow(string Group, EquatableArray<int> Counts);
