using System.Globalization;

namespace Styrmodell.Validation;

/// <summary>
/// The longest ids and names a model accepts. Far beyond any real municipality's (Sveriges kommuner's longest names
/// and titles run to a few hundred characters), and small enough that a report or a terminal line stays readable:
/// a 20 MB title is a mistake or an attack, never a title.
/// </summary>
public static class TextLimits
{
    /// <summary>The most characters an id may have (a node, unit, level, rule, indicator or follow-up element's id).</summary>
    public const int MaxIdLength = 200;

    /// <summary>The most characters a name or title may have (the municipality's name, a unit's or level's name, a node's or follow-up element's title, a finance label).</summary>
    public const int MaxNameLength = 500;

    /// <summary>Adds a <see cref="ProblemCodes.TextTooLong"/> problem when <paramref name="id"/> is longer than <see cref="MaxIdLength"/>.</summary>
    internal static void CheckId(string? id, ProblemLocation at, List<ValidationProblem> problems) =>
        Check(id, MaxIdLength, "The id", at, problems);

    /// <summary>Adds a <see cref="ProblemCodes.TextTooLong"/> problem when <paramref name="name"/> is longer than <see cref="MaxNameLength"/>.</summary>
    internal static void CheckName(string? name, string what, ProblemLocation at, List<ValidationProblem> problems) =>
        Check(name, MaxNameLength, what, at, problems);

    private static void Check(string? text, int limit, string what, ProblemLocation at, List<ValidationProblem> problems)
    {
        // A length the caller already has: the happy path pays one comparison, no allocation.
        if (text is not null && text.Length > limit)
        {
            // The text itself is not quoted: it is the problem, and may be megabytes long.
            problems.Add(new(ProblemCodes.TextTooLong, at with { Id = Short(at.Id) },
                string.Create(CultureInfo.InvariantCulture, $"{what} is {text.Length:N0} characters long; at most {limit:N0} are allowed.")));
        }
    }

    /// <summary>An over-long id in a location is cut, so the location's text stays short too.</summary>
    private static string Short(string id) => id.Length <= MaxIdLength ? id : string.Concat(id.AsSpan(0, 40), "…");
}
