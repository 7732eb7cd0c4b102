namespace Styrmodell.Model;

/// <summary>How two nodes are linked.</summary>
public enum NodeLinkKind
{
    /// <summary>The lower node sits under the higher one (<see cref="Node.ParentId"/>).</summary>
    Parent,

    /// <summary>The lower node contributes to the higher one (<see cref="Node.Contributions"/>).</summary>
    Contribution,
}
