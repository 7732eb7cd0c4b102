using Ardalis.GuardClauses;

namespace Styrmodell.Model;

/// <summary>
/// A unit of the municipal organisation: KF, KS, a nämnd, a bolag, a förvaltning or an enhet. Units form a tree.
/// </summary>
/// <remarks>
/// The <see cref="Kind"/> is data chosen by the municipality (for example <c>nämnd</c> or <c>bolag</c>); level
/// definitions name the kinds that may own their nodes. See <see cref="UnitKinds"/> for the common kinds.
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record OrganisationUnit
{
    /// <summary>Creates an organisation unit.</summary>
    /// <param name="id">A stable id, unique among the model's units.</param>
    /// <param name="name">The unit's name, e.g. <c>Barn- och utbildningsnämnden</c>.</param>
    /// <param name="kind">The kind of unit, e.g. <c>nämnd</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public OrganisationUnit(string id, string name, string kind)
    {
        Id = Guard.Against.Null(id);
        Name = Guard.Against.Null(name);
        Kind = Guard.Against.Null(kind);
    }

    /// <summary>Gets the unit's id.</summary>
    public string Id { get; }

    /// <summary>Gets the unit's name.</summary>
    public string Name { get; }

    /// <summary>Gets the unit's kind.</summary>
    public string Kind { get; }

    /// <summary>Gets the id of the unit above this one, or <see langword="null"/> for a top unit (typically KF).</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? ParentId { get; init; }

    /// <summary>Returns <c>Id (Kind)</c>.</summary>
    /// <returns>The id and kind.</returns>
    public override string ToString() => $"{Id} ({Kind})";

    /// <summary>Gets where the unit comes from and whether it is illustrative.</summary>
    /// <value>Default <see langword="null"/>: not stated.</value>
    public Sources.Provenance? Provenance { get; init; }
}
