using Ardalis.GuardClauses;
using Styrmodell.Validation;

namespace Styrmodell.Model.Rules;

/// <summary>
/// The nodes of a level owned by each unit of a kind reach, through parent and contribution links, at least
/// <see cref="Minimum"/> distinct nodes of a covered level — e.g. Västerås: each nämnd's goals cover at least two of
/// the three target areas.
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record CoveragePerOwnerRule : CardinalityRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="id">The rule's id.</param>
    /// <param name="levelId">The level of the owned nodes.</param>
    /// <param name="ownerKind">The unit kind whose every unit is checked.</param>
    /// <param name="coveredLevelId">The level whose distinct nodes are counted.</param>
    /// <param name="minimum">The least number of distinct covered nodes.</param>
    /// <exception cref="ArgumentNullException">A string argument is <see langword="null"/>.</exception>
    public CoveragePerOwnerRule(string id, string levelId, string ownerKind, string coveredLevelId, int minimum)
        : base(id)
    {
        LevelId = Guard.Against.Null(levelId);
        OwnerKind = Guard.Against.Null(ownerKind);
        CoveredLevelId = Guard.Against.Null(coveredLevelId);
        Minimum = minimum;
    }

    /// <summary>Gets the level of the owned nodes.</summary>
    public string LevelId { get; }

    /// <summary>Gets the unit kind whose every unit is checked.</summary>
    public string OwnerKind { get; }

    /// <summary>Gets the level whose distinct nodes are counted.</summary>
    public string CoveredLevelId { get; }

    /// <summary>Gets the least number of distinct covered nodes.</summary>
    public int Minimum { get; }

    internal override void CheckDefinition(ModelIndex index, ProblemLocation at, List<ValidationProblem> problems)
    {
        CheckLevel(index, LevelId, "levelId", at, problems);
        CheckLevel(index, CoveredLevelId, "coveredLevelId", at, problems);
        CheckBounds(Minimum, null, at, problems);
    }

    internal override void CheckModel(ModelIndex index, List<ValidationProblem> problems)
    {
        var level = index.LevelIndex[LevelId];
        var covered = index.LevelIndex[CoveredLevelId];
        var reached = new Dictionary<int, HashSet<int>>();
        for (var n = 0; n < index.Nodes.Length; n++)
        {
            var owner = index.OwnerOf[n];
            if (index.LevelOf[n] == level && owner >= 0 && index.Units[owner].Kind == OwnerKind)
            {
                if (!reached.TryGetValue(owner, out var set))
                {
                    reached[owner] = set = [];
                }

                index.CollectAncestors(n, up => index.LevelOf[up] == covered, set);
            }
        }

        for (var u = 0; u < index.Units.Length; u++)
        {
            var unit = index.Units[u];
            var count = reached.TryGetValue(u, out var set) ? set.Count : 0;
            if (unit.Kind == OwnerKind && count < Minimum)
            {
                problems.Add(new(ProblemCodes.CardinalityViolated, new(ModelElement.Unit, unit.Id, u),
                    $"Rule '{Id}': the nodes at level '{LevelId}' owned by {OwnerKind} '{unit.Id}' must cover at least {Minimum} nodes at level '{CoveredLevelId}', but cover {count}."));
            }
        }
    }
}
