using Styrmodell.Model;

namespace Styrmodell.Benchmarks.Generation;

/// <summary>The elements of a generated model, ready to hand to a builder.</summary>
/// <param name="Municipality">The municipality.</param>
/// <param name="Units">The organisation units.</param>
/// <param name="Levels">The level definitions, top first.</param>
/// <param name="Nodes">The nodes, parents before children.</param>
public sealed record GeneratedModel(Municipality Municipality, OrganisationUnit[] Units, LevelDefinition[] Levels, Node[] Nodes)
{
    /// <summary>Builds and validates the model.</summary>
    /// <returns>The model.</returns>
    public SteeringModel Build() =>
        new SteeringModelBuilder(Municipality).AddUnits(Units).AddLevels(Levels).AddNodes(Nodes).Build();
}
