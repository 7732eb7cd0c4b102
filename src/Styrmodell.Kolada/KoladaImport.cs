using Styrmodell.Collections;
using Styrmodell.Model;
using Styrmodell.Targets;

namespace Styrmodell.Kolada;

/// <summary>What an import did: the model with Kolada's outcomes, the outcomes themselves, what changed, and per-indicator counts.</summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record KoladaImport
{
    /// <summary>Gets the model with the imported outcomes, or <see langword="null"/> when <see cref="Problems"/> is not empty.</summary>
    public SteeringModel? Model { get; init; }

    /// <summary>Gets the outcomes taken from Kolada, by indicator, year and breakdown (for an outcome document).</summary>
    public EquatableArray<Outcome> Outcomes { get; init; }

    /// <summary>Gets the outcomes added, changed and removed compared with the model before.</summary>
    public EquatableArray<KoladaOutcomeChange> Changes { get; init; }

    /// <summary>Gets, per bound indicator, how many values were found and missing.</summary>
    public EquatableArray<KoladaSeriesSummary> Summary { get; init; }

    /// <summary>Gets the problems that stopped the import (the model is then <see langword="null"/>).</summary>
    public EquatableArray<KoladaProblem> Problems { get; init; }

    /// <summary>Gets what the import noticed but went on with: a KPI with no data at all (unknown id?), a value not taken because another source's outcome holds its place.</summary>
    public EquatableArray<KoladaProblem> Warnings { get; init; }
}
