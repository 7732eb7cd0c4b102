namespace Styrmodell.Reporting;

/// <summary>A contribution link as a report shows it: the node fed, its title and the link's weight.</summary>
/// <param name="NodeId">The node fed.</param>
/// <param name="Title">Its title.</param>
/// <param name="Weight">The link's weight.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record ReportLink(string NodeId, string Title, double Weight);
