namespace Styrmodell.Samples.Seeds;

/// <summary>Marks sample content that its seed document does not give, so no reader mistakes it for a municipality's decision.</summary>
public static class Illustrative
{
    /// <summary>The prefix every illustrative description starts with.</summary>
    public const string Prefix = "Illustrativt: ";

    /// <summary>A description marked illustrative.</summary>
    /// <param name="why">What the element stands in for.</param>
    /// <returns>The marked description.</returns>
    public static string Note(string why) => Prefix + why;
}
