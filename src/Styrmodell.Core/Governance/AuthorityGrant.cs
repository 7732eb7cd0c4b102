using Ardalis.GuardClauses;

namespace Styrmodell.Governance;

/// <summary>
/// One line of a reglemente or delegationsordning: who may decide a kind of matter, and how far such decisions may
/// reach. The decider is either every unit of a kind (all nämnder) or one named unit (kommunstyrelsen).
/// </summary>
/// <remarks>
/// Matters are plain data chosen by the municipality (a steering-document type's id, <c>investment-reallocation</c>,
/// <c>target-value</c>, …); <see cref="DecisionMatters"/> names the ones the library's own parts look up.
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record AuthorityGrant
{
    private AuthorityGrant(string matter, string? deciderKind, string? deciderUnitId, AuthorityScope scope)
    {
        Matter = Guard.Against.NullOrWhiteSpace(matter);
        DeciderKind = deciderKind;
        DeciderUnitId = deciderUnitId;
        Scope = Guard.Against.EnumOutOfRange(scope);
    }

    /// <summary>Grants every unit of a kind the right to decide a matter.</summary>
    /// <param name="matter">The kind of matter, e.g. <c>policy</c>.</param>
    /// <param name="unitKind">The kind of unit, e.g. <c>nämnd</c> (see <see cref="Model.UnitKinds"/>).</param>
    /// <param name="scope">How far the decisions may reach.</param>
    /// <returns>The grant.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An argument is empty or white space, or the scope is not defined.</exception>
    public static AuthorityGrant ToKind(string matter, string unitKind, AuthorityScope scope) =>
        new(matter, Guard.Against.NullOrWhiteSpace(unitKind), null, scope);

    /// <summary>Grants one unit the right to decide a matter.</summary>
    /// <param name="matter">The kind of matter, e.g. <c>investment-reallocation</c>.</param>
    /// <param name="unitId">The unit's id, e.g. <c>ks</c>.</param>
    /// <param name="scope">How far the decisions may reach.</param>
    /// <returns>The grant.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An argument is empty or white space, or the scope is not defined.</exception>
    public static AuthorityGrant ToUnit(string matter, string unitId, AuthorityScope scope) =>
        new(matter, null, Guard.Against.NullOrWhiteSpace(unitId), scope);

    /// <summary>Gets the kind of matter the grant covers.</summary>
    public string Matter { get; }

    /// <summary>Gets the kind of unit granted, or <see langword="null"/> when the grant names one unit.</summary>
    public string? DeciderKind { get; }

    /// <summary>Gets the id of the unit granted, or <see langword="null"/> when the grant names a kind of unit.</summary>
    public string? DeciderUnitId { get; }

    /// <summary>Gets how far the decisions may reach.</summary>
    public AuthorityScope Scope { get; }

    /// <summary>Gets where the grant is written (the reglemente, the delegationsordning and its paragraph).</summary>
    /// <value>Default <see langword="null"/>: not stated.</value>
    public Sources.Provenance? Provenance { get; init; }

    /// <summary>Gets whether the grant names this unit, by id or by kind.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns><see langword="true"/> when the unit is the one named or of the kind named.</returns>
    public bool Names(Model.OrganisationUnit unit)
    {
        Guard.Against.Null(unit);
        return DeciderUnitId is { } id ? string.Equals(id, unit.Id, StringComparison.Ordinal) : string.Equals(DeciderKind, unit.Kind, StringComparison.Ordinal);
    }
}
