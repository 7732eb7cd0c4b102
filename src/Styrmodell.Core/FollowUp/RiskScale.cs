using Ardalis.GuardClauses;
using Styrmodell.Collections;

namespace Styrmodell.FollowUp;

/// <summary>
/// How risks are scored in an internal control plan: probability and consequence each on a scale from 1 to
/// <see cref="Steps"/> (1–4 and 1–5 are common), their product the risk value, and bands of values with labels and
/// colours for the risk matrix.
/// </summary>
/// <remarks>
/// Bands go from the lowest values up: the first starts at 1, each next at a higher value, the last at most at
/// <see cref="Steps"/>². A value belongs to the last band whose minimum it reaches. The presets are a common layout, not
/// any seed municipality's: set your own bands to match your reglemente för intern kontroll.
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record RiskScale
{
    /// <summary>Creates a scale.</summary>
    /// <param name="steps">The highest probability and consequence score, 2–10.</param>
    /// <param name="bands">The bands, lowest first.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="steps"/> is outside 2–10.</exception>
    /// <exception cref="ArgumentException">
    /// The bands are empty, do not start at 1, do not rise, reach past <paramref name="steps"/>², or repeat an id.
    /// </exception>
    public RiskScale(int steps, EquatableArray<RiskBand> bands)
    {
        Steps = Guard.Against.OutOfRange(steps, nameof(steps), 2, 10);
        Guard.Against.InvalidInput(bands, nameof(bands), b => !b.IsEmpty && b[0].MinimumValue == 1,
            "A risk scale's first band starts at value 1, so that every value has a band.");
        for (var i = 1; i < bands.Count; i++)
        {
            Guard.Against.InvalidInput(bands, nameof(bands), b => b[i].MinimumValue > b[i - 1].MinimumValue,
                $"Bands go lowest first with rising minimum values, but '{bands[i].Id}' ({bands[i].MinimumValue}) does not rise above '{bands[i - 1].Id}' ({bands[i - 1].MinimumValue}).");
        }

        Guard.Against.InvalidInput(bands, nameof(bands), b => b[^1].MinimumValue <= steps * steps,
            $"The band '{bands[^1].Id}' starts at {bands[^1].MinimumValue}, above the highest value {steps * steps} of a 1–{steps} scale.");
        Guard.Against.InvalidInput(bands, nameof(bands), b => b.Select(x => x.Id).Distinct(StringComparer.Ordinal).Count() == b.Count,
            "Band ids must be unique.");
        Bands = bands;
    }

    /// <summary>Gets a 1–4 scale (values 1–16) with bands låg 1–3, medel 4–7, hög 8–11 and mycket hög 12–16.</summary>
    public static RiskScale FourSteps { get; } = new(4,
    [
        new("lag", "Låg", "#2E7D32", 1),
        new("medel", "Medel", "#F9A825", 4),
        new("hog", "Hög", "#EF6C00", 8),
        new("mycket-hog", "Mycket hög", "#C62828", 12),
    ]);

    /// <summary>Gets a 1–5 scale (values 1–25) with bands låg 1–4, medel 5–9, hög 10–14 and mycket hög 15–25.</summary>
    public static RiskScale FiveSteps { get; } = new(5,
    [
        new("lag", "Låg", "#2E7D32", 1),
        new("medel", "Medel", "#F9A825", 5),
        new("hog", "Hög", "#EF6C00", 10),
        new("mycket-hog", "Mycket hög", "#C62828", 15),
    ]);

    /// <summary>Gets the highest probability and consequence score.</summary>
    public int Steps { get; }

    /// <summary>Gets the bands, lowest first.</summary>
    public EquatableArray<RiskBand> Bands { get; }

    /// <summary>Gets the names of the probability steps, lowest first (e.g. <c>Osannolik</c> … <c>Sannolik</c>), or empty.</summary>
    /// <value>Default empty.</value>
    /// <exception cref="ArgumentException">Set to a list that is neither empty nor one name per step.</exception>
    public EquatableArray<string> ProbabilityLabels { get; init => field = Labels(value, nameof(ProbabilityLabels)); }

    /// <summary>Gets the names of the consequence steps, lowest first (e.g. <c>Försumbar</c> … <c>Allvarlig</c>), or empty.</summary>
    /// <value>Default empty.</value>
    /// <exception cref="ArgumentException">Set to a list that is neither empty nor one name per step.</exception>
    public EquatableArray<string> ConsequenceLabels { get; init => field = Labels(value, nameof(ConsequenceLabels)); }

    /// <summary>Gets whether a score lies on the scale.</summary>
    /// <param name="score">A probability or consequence score.</param>
    /// <returns><see langword="true"/> for 1 to <see cref="Steps"/>.</returns>
    public bool Contains(int score) => score >= 1 && score <= Steps;

    /// <summary>Gets the band a risk value falls in.</summary>
    /// <param name="value">A risk value, 1 to <see cref="Steps"/>².</param>
    /// <returns>The last band whose minimum the value reaches.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside 1 to <see cref="Steps"/>².</exception>
    public RiskBand BandFor(int value)
    {
        Guard.Against.OutOfRange(value, nameof(value), 1, Steps * Steps);
        var band = Bands[0];
        foreach (var b in Bands)
        {
            if (value >= b.MinimumValue)
            {
                band = b;
            }
        }

        return band;
    }

    /// <summary>Returns e.g. <c>1–4: Låg, Medel, Hög, Mycket hög</c>.</summary>
    /// <returns>Short invariant text.</returns>
    public override string ToString() => FormattableString.Invariant($"1–{Steps}: {string.Join(", ", Bands)}");

    private EquatableArray<string> Labels(EquatableArray<string> labels, string name) =>
        Guard.Against.InvalidInput(labels, name, l => l.IsEmpty || l.Count == Steps,
            $"{name} has {labels.Count} names; give none or one per step (1–{Steps}).");
}
