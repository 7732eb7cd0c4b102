namespace Styrmodell.Samples.Seeds;

/// <summary>The four seed municipalities' models.</summary>
public static class SeedModels
{
    /// <summary>Gets every seed model, in a fixed order.</summary>
    public static IReadOnlyList<SeedModel> All { get; } = [];
}
