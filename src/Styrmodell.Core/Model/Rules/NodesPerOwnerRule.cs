using Ardalis.GuardClauses;
using Styrmodell.Validation;

namespace Styrmodell.Model.Rules;

/// <summary>
/// Every unit of a kind owns between <see cref="Minimum"/> and <see cref="Maximum"/> nodes of a level —
/// e.g. Västerås: each nämnd has exactly three nämndmål.
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record NodesPerOwnerRule : CardinalityRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="id">The rule's id.</param>
    /// <param name="levelId">The level whose nodes are counted.</param>
    /// <param name="ownerKind">The unit kind whose every unit is checked.</param>
    /// <param name="minimum">The least number of nodes each unit owns.</param>
    /// <param name="maximum">The greatest number, or <see langword="null"/> for no upper bound.</param>
    /// <exception cref="ArgumentNullException">A string argument is <see langword="null"/>.</exception>
    public NodesPerOwnerRule(string id, string levelId, string ownerKind, int minimum, int? maximum)
        : base(id)
    {
        LevelId = Guard.Against.Null(levelId);
        OwnerKind = Guard.Against.Null(ownerKind);
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>Gets the level whose nodes are counted.</summary>
    public string LevelId { get; }

    /// <summary>Gets the unit kind whose every unit is checked.</summary>
    public string OwnerKind { get; }

    /// <summary>Gets the least number of nodes each unit owns.</summary>
    public int Minimum { get; }

    /// <summary>Gets the greatest number of nodes each unit owns, or <see langword="null"/> for no bound.</summary>
    public int? Maximum { get; }

    internal override void CheckDefinition(ModelIndex index, ProblemLocation at, List<ValidationProblem> problems)
    {
        CheckLevel(index, LevelId, "levelId", at, problems);
        CheckBounds(Minimum, Maximum, at, problems);
    }

    internal override void CheckModel(ModelIndex index, List<ValidationProblem> problems)
    {
        var level = index.LevelIndex[LevelId];
        var counts = new int[index.Units.Length];
        for (var n = 0; n < index.Nodes.Length; n++)
        {
            if (index.LevelOf[n] == level && index.OwnerOf[n] >= 0)
            {
                counts[index.OwnerOf[n]]++;
            }
        }

        for (var u = 0; u < index.Units.Length; u++)
        {
            var unit = index.Units[u];
            if (unit.Kind == OwnerKind && (counts[u] < Minimum || counts[u] > Maximum))
            {
                problems.Add(new(ProblemCodes.CardinalityViolated, new(ModelElement.Unit, unit.Id, u),
                    $"Rule '{Id}': {OwnerKind} '{unit.Id}' must own {Bounds(Minimum, Maximum)} nodes at level '{LevelId}', but owns {counts[u]}."));
            }
        }
    }
}
