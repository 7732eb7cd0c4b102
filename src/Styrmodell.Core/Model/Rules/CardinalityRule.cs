using Ardalis.GuardClauses;
using Styrmodell.Validation;

namespace Styrmodell.Model.Rules;

/// <summary>
/// A declarative rule on how many nodes a model holds, checked when the model is built — for example Västerås'
/// "each committee has exactly three goals, covering at least two of the target areas".
/// </summary>
/// <remarks>The library's rules are the sealed subclasses; their counts are inclusive bounds.</remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public abstract record CardinalityRule
{
    private protected CardinalityRule(string id) => Id = Guard.Against.Null(id);

    /// <summary>Gets the rule's id, unique among the model's rules; problems name it.</summary>
    public string Id { get; }

    /// <summary>Gets a description for people, e.g. the decision the rule comes from, or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? Description { get; init; }

    /// <summary>Reports problems in the rule's own definition (unknown levels, impossible bounds).</summary>
    internal abstract void CheckDefinition(ModelIndex index, ProblemLocation at, List<ValidationProblem> problems);

    /// <summary>Reports every place a structurally valid model breaks the rule.</summary>
    internal abstract void CheckModel(ModelIndex index, List<ValidationProblem> problems);

    private protected static void CheckLevel(
        ModelIndex index, string levelId, string member, ProblemLocation at, List<ValidationProblem> problems)
    {
        if (!index.LevelIndex.ContainsKey(levelId))
        {
            problems.Add(new(ProblemCodes.DanglingReference, at with { Member = member },
                $"Rule '{at.Id}' names level '{levelId}', which is not defined."));
        }
    }

    private protected static void CheckBounds(
        int minimum, int? maximum, ProblemLocation at, List<ValidationProblem> problems)
    {
        if (minimum < 0 || maximum < minimum)
        {
            problems.Add(new(ProblemCodes.InvalidRule, at,
                $"Rule '{at.Id}' needs 0 ≤ minimum ≤ maximum, but has minimum {minimum} and maximum {maximum}."));
        }
    }

    private protected static string Bounds(int minimum, int? maximum) =>
        maximum == minimum ? $"exactly {minimum}"
        : maximum is null ? $"at least {minimum}"
        : $"between {minimum} and {maximum}";
}
