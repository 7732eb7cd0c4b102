using Styrmodell.FollowUp;

namespace Styrmodell.Exchange;

/// <summary>A followed-up element (special assignment, activity, action plan) with its latest progress report as of the evaluation's date.</summary>
/// <param name="Id">The element's id.</param>
/// <param name="Latest">The latest report given by then, or <see langword="null"/> when none was.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record ReportedProgress(string Id, ProgressReport? Latest);
