using Styrmodell.Collections;
using Styrmodell.Evaluation;
using Styrmodell.Model;

namespace Styrmodell.Reporting;

/// <summary>One node of a report's hierarchy with its result.</summary>
/// <param name="Depth">How deep in the hierarchy (0 for a node without parent).</param>
/// <param name="Node">The node.</param>
/// <param name="Level">Its level.</param>
/// <param name="Owner">Its owner, or <see langword="null"/>.</param>
/// <param name="IsAssessed">Whether the result is shown: visions and the roles the evaluation assesses (by default not activities, strategies, assignments and controls, which are shown without a result).</param>
/// <param name="Result">The evaluation result, with its explanation.</param>
/// <param name="ContributesTo">The nodes it also feeds besides its parent.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record ReportRow(
    int Depth, Node Node, LevelDefinition Level, OrganisationUnit? Owner, bool IsAssessed, NodeResult Result,
    EquatableArray<ReportLink> ContributesTo)
{
    /// <summary>Gets whether the node's own text is illustrative (its provenance says so).</summary>
    public bool IsIllustrative => Sources.Provenance.Marks(Node.Provenance);

    /// <summary>Gets whether the result rests on illustrative figures: an outcome, target or assessment it used, directly or through an input, is marked.</summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool RestsOnIllustrativeData { get; init; }
}
