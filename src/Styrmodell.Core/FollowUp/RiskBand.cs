using Ardalis.GuardClauses;

namespace Styrmodell.FollowUp;

/// <summary>One band of a <see cref="RiskScale"/>: the risk values from <see cref="MinimumValue"/> up to the next band's minimum, e.g. <c>hög</c> shown red.</summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record RiskBand
{
    /// <summary>Creates a band.</summary>
    /// <param name="id">A stable id, unique in its scale, e.g. <c>hog</c>.</param>
    /// <param name="label">The label shown to people (data, usually Swedish), e.g. <c>Hög</c>.</param>
    /// <param name="colour">A colour name or hex code, e.g. <c>#C62828</c>.</param>
    /// <param name="minimumValue">The least risk value (probability × consequence) in the band.</param>
    /// <exception cref="ArgumentNullException">A string argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or white space.</exception>
    public RiskBand(string id, string label, string colour, int minimumValue)
    {
        Id = Guard.Against.NullOrWhiteSpace(id);
        Label = Guard.Against.Null(label);
        Colour = Guard.Against.Null(colour);
        MinimumValue = minimumValue;
    }

    /// <summary>Gets the band's id.</summary>
    public string Id { get; }

    /// <summary>Gets the label.</summary>
    public string Label { get; }

    /// <summary>Gets the colour.</summary>
    public string Colour { get; }

    /// <summary>Gets the least risk value in the band.</summary>
    public int MinimumValue { get; }

    /// <summary>Returns the label.</summary>
    /// <returns>The label.</returns>
    public override string ToString() => Label;
}
