namespace Styrmodell.Samples.Seeds;

/// <summary>The four seed municipalities' models.</summary>
public static class SeedModels
{
    /// <summary>Gets every seed model: Västerås, Strängnäs, Vansbro, Arboga.</summary>
    public static IReadOnlyList<SeedModel> All { get; } =
        [VasterasSeed.Model, StrangnasSeed.Model, VansbroSeed.Model, ArbogaSeed.Model];
}
