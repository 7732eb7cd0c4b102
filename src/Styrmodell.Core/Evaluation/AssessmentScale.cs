using Ardalis.GuardClauses;
using Styrmodell.Collections;

namespace Styrmodell.Evaluation;

/// <summary>
/// The categories results are given in, best first, plus the category for "not assessed". Any number of steps may be
/// defined (3-, 4- and 5-step scales are common); a score maps to the first category whose minimum it reaches.
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record AssessmentScale
{
    /// <summary>Creates a scale.</summary>
    /// <param name="categories">The assessed categories, best first, with falling minimum scores; the last must have minimum 0.</param>
    /// <param name="notAssessed">The category for results that cannot be assessed.</param>
    /// <exception cref="ArgumentException">The categories are empty or more than 100, have duplicate ids, do not fall in minimum score, or do not end at 0.</exception>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public AssessmentScale(EquatableArray<AssessmentCategory> categories, AssessmentCategory notAssessed)
    {
        Guard.Against.InvalidInput(categories, nameof(categories), c => c.Count is > 0 and <= 100, "A scale has 1 to 100 categories.");
        for (var i = 1; i < categories.Count; i++)
        {
            Guard.Against.InvalidInput(categories, nameof(categories), c => c[i].MinimumScore < c[i - 1].MinimumScore,
                $"Categories go best first with falling minimum scores, but '{categories[i].Id}' ({categories[i].MinimumScore}) does not fall below '{categories[i - 1].Id}' ({categories[i - 1].MinimumScore}).");
        }

        Guard.Against.InvalidInput(categories, nameof(categories), c => c[^1].MinimumScore == 0,
            $"The last category ('{categories[^1].Id}') must have minimum score 0, so that every score has a category.");
        NotAssessed = Guard.Against.Null(notAssessed);
        Guard.Against.InvalidInput(categories, nameof(categories),
            c => c.Select(x => x.Id).Append(notAssessed.Id).Distinct(StringComparer.Ordinal).Count() == c.Count + 1,
            "Category ids must be unique, the not-assessed category's included.");
        Categories = categories;
    }

    /// <summary>Gets the assessed categories, best first.</summary>
    public EquatableArray<AssessmentCategory> Categories { get; }

    /// <summary>Gets the category for results that cannot be assessed.</summary>
    public AssessmentCategory NotAssessed { get; }

    /// <summary>
    /// Gets the default scale: <c>uppfyllt</c> (score 1, green), <c>delvis uppfyllt</c> (from 0.5, yellow),
    /// <c>ej uppfyllt</c> (red), and <c>ej bedömt</c> (grey).
    /// </summary>
    public static AssessmentScale Default { get; } = new(
        [
            new("uppfyllt", "Uppfyllt", "#2E7D32", 1.0, isMet: true),
            new("delvis-uppfyllt", "Delvis uppfyllt", "#F9A825", 0.5, isMet: false),
            new("ej-uppfyllt", "Ej uppfyllt", "#C62828", 0.0, isMet: false),
        ],
        new("ej-bedomt", "Ej bedömt", "#9E9E9E", 0.0, isMet: false));

    /// <summary>
    /// Vansbro's rule on the default categories: met at the target, partly met from 80 % of it, not met below
    /// (use with <see cref="ScoreBasis.ShareOfTarget"/>).
    /// </summary>
    public static AssessmentScale EightyPercentRule { get; } = new(
        [
            new("uppfyllt", "Uppfyllt", "#2E7D32", 1.0, isMet: true),
            new("delvis-uppfyllt", "Delvis uppfyllt", "#F9A825", 0.8, isMet: false),
            new("ej-uppfyllt", "Ej uppfyllt", "#C62828", 0.0, isMet: false),
        ],
        Default.NotAssessed);

    /// <summary>Gets the position of the category a score falls in (0 is best).</summary>
    /// <param name="score">A score in [0, 1].</param>
    /// <returns>The index into <see cref="Categories"/>.</returns>
    public int IndexFor(double score)
    {
        for (var i = 0; i < Categories.Count; i++)
        {
            if (score >= Categories[i].MinimumScore)
            {
                return i;
            }
        }

        return Categories.Count - 1;
    }

    /// <summary>Finds an assessed category's position by id.</summary>
    /// <param name="id">The category id.</param>
    /// <returns>The index into <see cref="Categories"/>, or -1 when the scale has no such assessed category.</returns>
    public int IndexOf(string id)
    {
        for (var i = 0; i < Categories.Count; i++)
        {
            if (Categories[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }
}
