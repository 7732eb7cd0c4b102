using Styrmodell.Model;

namespace Styrmodell.Samples.Seeds;

/// <summary>A municipality's steering-model structure, built in code from its seed document.</summary>
/// <param name="Source">The seed document it was built from.</param>
/// <param name="Create">Starts a builder holding the whole structure, ready to validate and build.</param>
public sealed record SeedModel(string Source, Func<SteeringModelBuilder> Create);
