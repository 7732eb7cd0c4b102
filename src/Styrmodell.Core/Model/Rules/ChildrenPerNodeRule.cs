using Ardalis.GuardClauses;
using Styrmodell.Validation;

namespace Styrmodell.Model.Rules;

/// <summary>
/// Every node of a parent level has between <see cref="Minimum"/> and <see cref="Maximum"/> children of a child
/// level — e.g. Västerås: each område of the politisk viljeinriktning has four "under mandatperioden …" statements.
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record ChildrenPerNodeRule : CardinalityRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="id">The rule's id.</param>
    /// <param name="parentLevelId">The level whose every node is checked.</param>
    /// <param name="childLevelId">The level of the children counted (by parent link only).</param>
    /// <param name="minimum">The least number of children.</param>
    /// <param name="maximum">The greatest number, or <see langword="null"/> for no upper bound.</param>
    /// <exception cref="ArgumentNullException">A string argument is <see langword="null"/>.</exception>
    public ChildrenPerNodeRule(string id, string parentLevelId, string childLevelId, int minimum, int? maximum)
        : base(id)
    {
        ParentLevelId = Guard.Against.Null(parentLevelId);
        ChildLevelId = Guard.Against.Null(childLevelId);
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>Gets the level whose every node is checked.</summary>
    public string ParentLevelId { get; }

    /// <summary>Gets the level of the children counted.</summary>
    public string ChildLevelId { get; }

    /// <summary>Gets the least number of children.</summary>
    public int Minimum { get; }

    /// <summary>Gets the greatest number of children, or <see langword="null"/> for no bound.</summary>
    public int? Maximum { get; }

    internal override void CheckDefinition(ModelIndex index, ProblemLocation at, List<ValidationProblem> problems)
    {
        CheckLevel(index, ParentLevelId, "parentLevelId", at, problems);
        CheckLevel(index, ChildLevelId, "childLevelId", at, problems);
        CheckBounds(Minimum, Maximum, at, problems);
    }

    internal override void CheckModel(ModelIndex index, List<ValidationProblem> problems)
    {
        var parentLevel = index.LevelIndex[ParentLevelId];
        var childLevel = index.LevelIndex[ChildLevelId];
        var counts = new int[index.Nodes.Length];
        for (var n = 0; n < index.Nodes.Length; n++)
        {
            var parent = index.ParentOf[n];
            if (parent >= 0 && index.LevelOf[n] == childLevel)
            {
                counts[parent]++;
            }
        }

        for (var n = 0; n < index.Nodes.Length; n++)
        {
            if (index.LevelOf[n] == parentLevel && (counts[n] < Minimum || counts[n] > Maximum))
            {
                var node = index.Nodes[n];
                problems.Add(new(ProblemCodes.CardinalityViolated, new(ModelElement.Node, node.Id, n),
                    $"Rule '{Id}': node '{node.Id}' must have {Bounds(Minimum, Maximum)} children at level '{ChildLevelId}', but has {counts[n]}."));
            }
        }
    }
}
