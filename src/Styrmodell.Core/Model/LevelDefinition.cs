using Ardalis.GuardClauses;
using Styrmodell.Collections;

namespace Styrmodell.Model;

/// <summary>
/// One level of a municipality's own model schema, e.g. Arboga's <c>KF-mål</c> or Vansbro's <c>kvalitetsindikator</c>:
/// what it is called, what it means, which levels it may sit under and which kinds of unit may own its nodes.
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record LevelDefinition
{
    /// <summary>Creates a level definition.</summary>
    /// <param name="id">A stable id, unique among the model's levels.</param>
    /// <param name="name">The municipality's own name for the level (Swedish data), e.g. <c>strategiskt område</c>.</param>
    /// <param name="role">What the level means to the library.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="role"/> is not a defined <see cref="LevelRole"/>.</exception>
    public LevelDefinition(string id, string name, LevelRole role)
    {
        Id = Guard.Against.Null(id);
        Name = Guard.Against.Null(name);
        Role = Guard.Against.EnumOutOfRange(role);
    }

    /// <summary>Gets the level's id.</summary>
    public string Id { get; }

    /// <summary>Gets the municipality's name for the level.</summary>
    public string Name { get; }

    /// <summary>Gets what the level means to the library.</summary>
    public LevelRole Role { get; }

    /// <summary>
    /// Gets the ids of the levels a node of this level may sit under (and contribute to). Empty means a top level,
    /// whose nodes have no parent; otherwise every node of this level must have a parent at one of these levels.
    /// </summary>
    /// <value>Default empty (a top level).</value>
    public EquatableArray<string> ParentLevelIds { get; init => field = Guard.Against.NullElements(value, nameof(ParentLevelIds)); }

    /// <summary>
    /// Gets the unit kinds (see <see cref="OrganisationUnit.Kind"/>) that may own nodes of this level. Empty means any
    /// owner or none; otherwise every node of this level must have an owner of one of these kinds.
    /// </summary>
    /// <value>Default empty (no restriction).</value>
    public EquatableArray<string> OwnerKinds { get; init => field = Guard.Against.NullElements(value, nameof(OwnerKinds)); }

    /// <summary>Returns <c>Id "Name"</c>.</summary>
    /// <returns>The id and name.</returns>
    public override string ToString() => $"{Id} \"{Name}\"";
}
