using Ardalis.GuardClauses;

namespace Styrmodell.Evaluation;

/// <summary>One step of an <see cref="AssessmentScale"/>, e.g. <c>uppfyllt</c> shown green.</summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record AssessmentCategory
{
    /// <summary>Creates a category.</summary>
    /// <param name="id">A stable id, unique in its scale, e.g. <c>uppfyllt</c>.</param>
    /// <param name="label">The label shown to people (data, usually Swedish), e.g. <c>Uppfyllt</c>.</param>
    /// <param name="colour">A colour name or hex code, e.g. <c>#2E7D32</c>.</param>
    /// <param name="minimumScore">The least score, in [0, 1], that gives this category.</param>
    /// <param name="isMet">Whether the category counts as met in rules that count met inputs.</param>
    /// <exception cref="ArgumentNullException">A string argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumScore"/> is outside [0, 1].</exception>
    public AssessmentCategory(string id, string label, string colour, double minimumScore, bool isMet)
    {
        Id = Guard.Against.NullOrWhiteSpace(id);
        Label = Guard.Against.Null(label);
        Colour = Guard.Against.Null(colour);
        MinimumScore = Guard.Against.OutOfRange(minimumScore, nameof(minimumScore), 0.0, 1.0);
        IsMet = isMet;
    }

    /// <summary>Gets the category's id.</summary>
    public string Id { get; }

    /// <summary>Gets the label.</summary>
    public string Label { get; }

    /// <summary>Gets the colour.</summary>
    public string Colour { get; }

    /// <summary>Gets the least score that gives this category.</summary>
    public double MinimumScore { get; }

    /// <summary>Gets whether the category counts as met.</summary>
    public bool IsMet { get; }

    /// <summary>Returns the label.</summary>
    /// <returns>The label.</returns>
    public override string ToString() => Label;
}
