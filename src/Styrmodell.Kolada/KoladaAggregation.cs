namespace Styrmodell.Kolada;

/// <summary>How a comparison's value for a year is made from its group's values.</summary>
public enum KoladaAggregation
{
    /// <summary>The arithmetic mean of the members that have a value that year (unweighted: each municipality counts once).</summary>
    Mean,

    /// <summary>The median of the members that have a value that year (the mean of the two middle ones for an even count).</summary>
    Median,

    /// <summary>Kolada's own value for the group id itself, e.g. <c>0000</c> for the whole country (Riket).</summary>
    Published,
}
