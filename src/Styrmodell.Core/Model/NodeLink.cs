namespace Styrmodell.Model;

/// <summary>A resolved link between two nodes of a built model, as roll-ups follow it.</summary>
/// <param name="FromId">The id of the node lower down, whose result feeds <paramref name="ToId"/>.</param>
/// <param name="ToId">The id of the node higher up.</param>
/// <param name="Weight">The link's weight.</param>
/// <param name="Kind">Whether the link is the lower node's parent link or one of its contributions.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public readonly record struct NodeLink(string FromId, string ToId, double Weight, NodeLinkKind Kind);
