using Styrmodell.Collections;

namespace Styrmodell.Governance;

/// <summary>What a decision applies to: the whole municipality, or named organisation units.</summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record DecisionScope
{
    private DecisionScope(EquatableArray<string> unitIds) => UnitIds = unitIds;

    /// <summary>Gets the scope of a decision for the whole municipality; one shared instance.</summary>
    public static DecisionScope WholeMunicipality { get; } = new(EquatableArray<string>.Empty);

    /// <summary>Gets the ids of the units the decision applies to; empty for the whole municipality.</summary>
    public EquatableArray<string> UnitIds { get; }

    /// <summary>Gets whether the decision applies to the whole municipality.</summary>
    public bool IsWholeMunicipality => UnitIds.Count == 0;

    /// <summary>Creates the scope of a decision for the named units.</summary>
    /// <param name="unitIds">The units' ids; none means the whole municipality.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentNullException">An id is <see langword="null"/>.</exception>
    public static DecisionScope Units(params IEnumerable<string> unitIds)
    {
        var ids = Ardalis.GuardClauses.Guard.Against.NullElements(unitIds.ToEquatableArray(), nameof(unitIds));
        return ids.Count == 0 ? WholeMunicipality : new DecisionScope(ids);
    }
}
