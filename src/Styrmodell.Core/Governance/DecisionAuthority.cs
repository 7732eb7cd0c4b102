using Ardalis.GuardClauses;
using Styrmodell.Collections;
using Styrmodell.Model;

namespace Styrmodell.Governance;

/// <summary>
/// Who may decide what, as the municipality's reglemente and delegationsordning say: one list of grants that every
/// part of a document asks — the steering-document register, budget reallocations, target decisions — rather than
/// each part keeping its own.
/// </summary>
/// <remarks>
/// A matter no grant names is <see cref="AuthorityVerdict.NotStated"/>: a document that states nothing about a
/// matter is not refused for it. Once one grant names a matter, only the units it names may decide it.
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record DecisionAuthority
{
    /// <summary>Creates the authority from its grants.</summary>
    /// <param name="grants">The grants, in the order the source lists them.</param>
    /// <exception cref="ArgumentNullException">A grant is <see langword="null"/>.</exception>
    public DecisionAuthority(params IEnumerable<AuthorityGrant> grants) =>
        Grants = Guard.Against.NullElements(grants.ToEquatableArray(), nameof(grants));

    /// <summary>Gets an authority without grants: every matter is <see cref="AuthorityVerdict.NotStated"/>; one shared instance.</summary>
    public static DecisionAuthority None { get; } = new();

    /// <summary>Gets the grants.</summary>
    public EquatableArray<AuthorityGrant> Grants { get; }

    /// <summary>Gets whether some grant names the matter.</summary>
    /// <param name="matter">The matter.</param>
    /// <returns><see langword="true"/> when the authority says who may decide it.</returns>
    public bool States(string matter) => Grants.Any(g => string.Equals(g.Matter, matter, StringComparison.Ordinal));

    /// <summary>Checks whether a unit may decide a matter for a scope, in a model's organisation.</summary>
    /// <param name="model">The model whose organisation units the ids name.</param>
    /// <param name="matter">The matter, e.g. <c>policy</c>.</param>
    /// <param name="deciderUnitId">The id of the deciding unit.</param>
    /// <param name="scope">What the decision applies to.</param>
    /// <returns>The verdict and the grant it rests on.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public AuthorityCheck Check(SteeringModel model, string matter, string deciderUnitId, DecisionScope scope)
    {
        Guard.Against.Null(model);
        return Check(model.FindUnit, matter, deciderUnitId, scope);
    }

    internal AuthorityCheck Check(ModelIndex index, string matter, string deciderUnitId, DecisionScope scope) =>
        Check(id => index.UnitIndex.TryGetValue(id, out var u) ? index.Units[u] : null, matter, deciderUnitId, scope);

    private AuthorityCheck Check(Func<string, OrganisationUnit?> findUnit, string matter, string deciderUnitId, DecisionScope scope)
    {
        Guard.Against.Null(matter);
        Guard.Against.Null(deciderUnitId);
        Guard.Against.Null(scope);
        if (!States(matter))
        {
            return new(AuthorityVerdict.NotStated, null, []);
        }

        if (findUnit(deciderUnitId) is not { } decider)
        {
            return new(AuthorityVerdict.UnknownDecider, null, []);
        }

        AuthorityCheck? broadest = null;
        foreach (var grant in Grants)
        {
            if (!string.Equals(grant.Matter, matter, StringComparison.Ordinal) || !grant.Names(decider))
            {
                continue;
            }

            var outside = UnitsOutside(grant.Scope, decider, scope, findUnit);
            if (outside is { Count: 0 })
            {
                return new(AuthorityVerdict.Allowed, grant, []);
            }

            // A decision for the whole municipality under a narrower grant reaches everything: no list of units.
            if (broadest is null || grant.Scope < broadest.Grant!.Scope)
            {
                broadest = new(AuthorityVerdict.OutsideScope, grant, outside ?? []);
            }
        }

        return broadest ?? new(AuthorityVerdict.NotGranted, null, []);
    }

    /// <summary>The scope's units a grant does not reach; <see langword="null"/> when the scope is the whole municipality and the grant is narrower.</summary>
    private static EquatableArray<string>? UnitsOutside(AuthorityScope reach, OrganisationUnit decider, DecisionScope scope, Func<string, OrganisationUnit?> findUnit)
    {
        if (reach == AuthorityScope.WholeMunicipality)
        {
            return [];
        }

        if (scope.IsWholeMunicipality)
        {
            return null;
        }

        return scope.UnitIds.Where(id => !Reaches(reach, decider, id, findUnit)).ToEquatableArray();
    }

    private static bool Reaches(AuthorityScope reach, OrganisationUnit decider, string unitId, Func<string, OrganisationUnit?> findUnit)
    {
        if (string.Equals(unitId, decider.Id, StringComparison.Ordinal))
        {
            return true;
        }

        if (reach == AuthorityScope.OwnUnit)
        {
            return false;
        }

        // Walk up from the unit; the step limit keeps a malformed (cyclic) organisation from looping.
        var unit = findUnit(unitId);
        for (var steps = 0; unit?.ParentId is { } parent && steps < 10_000; steps++)
        {
            if (string.Equals(parent, decider.Id, StringComparison.Ordinal))
            {
                return true;
            }

            unit = findUnit(parent);
        }

        return false;
    }
}
