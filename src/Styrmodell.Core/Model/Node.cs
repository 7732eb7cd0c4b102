using Ardalis.GuardClauses;
using Styrmodell.Collections;

namespace Styrmodell.Model;

/// <summary>
/// One element of the steering hierarchy: a vision, target area, goal, strategy, indicator, activity or assignment,
/// at a level the municipality defines.
/// </summary>
/// <remarks>
/// A node sits under at most one <see cref="ParentId">parent</see> and may also <see cref="Contributions">contribute</see>
/// to further nodes; parent and contribution links together must form a directed acyclic graph. Changes are made with
/// <c>with</c> expressions, which return a new node.
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record Node
{
    /// <summary>Creates a node.</summary>
    /// <param name="id">A stable id, unique among the model's nodes.</param>
    /// <param name="levelId">The id of the node's <see cref="LevelDefinition"/>.</param>
    /// <param name="title">The node's title (Swedish text is data).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public Node(string id, string levelId, string title)
    {
        Id = id;
        LevelId = levelId;
        Title = title;
    }

    /// <summary>Gets the node's id.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public string Id { get; init => field = Guard.Against.Null(value); }

    /// <summary>Gets the id of the node's level.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public string LevelId { get; init => field = Guard.Against.Null(value); }

    /// <summary>Gets the node's title.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public string Title { get; init => field = Guard.Against.Null(value); }

    /// <summary>Gets a longer description, or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? Description { get; init; }

    /// <summary>Gets the id of the organisation unit that owns the node, or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? OwnerId { get; init; }

    /// <summary>Gets the id of the node this one sits under, or <see langword="null"/> for a node at a top level.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? ParentId { get; init; }

    /// <summary>Gets the weight of the link to the parent in roll-ups; finite and not negative.</summary>
    /// <value>Default 1.</value>
    public double Weight { get; init; } = 1.0;

    /// <summary>Gets the node's tags (Agenda 2030 goals, perspectives, …).</summary>
    /// <value>Default empty.</value>
    public EquatableArray<NodeTag> Tags { get; init; }

    /// <summary>Gets the further nodes this node contributes to, beside its parent.</summary>
    /// <value>Default empty.</value>
    public EquatableArray<Contribution> Contributions { get; init; }

    /// <summary>Returns <c>Id [LevelId] Title</c>.</summary>
    /// <returns>The node as short text.</returns>
    public override string ToString() => $"{Id} [{LevelId}] {Title}";

    /// <summary>Gets where the node comes from and whether it is illustrative.</summary>
    /// <value>Default <see langword="null"/>: not stated.</value>
    public Sources.Provenance? Provenance { get; init; }
}
