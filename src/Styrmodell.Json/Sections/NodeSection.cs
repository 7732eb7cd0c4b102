using Styrmodell.Model;

namespace Styrmodell.Json.Sections;

/// <summary>
/// The document's "nodes" array, read straight into model nodes: the largest section of a document, so it skips the
/// per-property objects the other sections use (see <see cref="NodeSectionConverter"/>).
/// </summary>
internal sealed class NodeSection
{
    public NodeSection(IReadOnlyList<Node?> nodes) => Nodes = nodes;

    /// <summary>Gets the nodes in document order; <see langword="null"/> where an element's values were rejected (see <see cref="Problems"/>).</summary>
    public IReadOnlyList<Node?> Nodes { get; }

    /// <summary>Gets the value problems of the elements, with their paths.</summary>
    public List<JsonProblem> Problems { get; } = [];

    /// <summary>Gets the ids of the elements whose values were rejected, in document order (one per <see langword="null"/> in <see cref="Nodes"/>).</summary>
    public List<string> RejectedIds { get; } = [];

    /// <summary>Gets the paths of properties the format does not define.</summary>
    public List<string> UnknownProperties { get; } = [];
}
