using Ardalis.GuardClauses;
using Styrmodell.Evaluation.Rules;

namespace Styrmodell.Evaluation;

/// <summary>Which roll-up rule (and, optionally, missing-data handling) applies to a level's nodes or to one node.</summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record RuleAssignment
{
    private RuleAssignment(bool forNode, string id, RollUpRule rule)
    {
        IsForNode = forNode;
        Id = Guard.Against.Null(id);
        Rule = Guard.Against.Null(rule);
    }

    /// <summary>Gets whether the assignment is for one node (else for a level).</summary>
    public bool IsForNode { get; }

    /// <summary>Gets the level id or node id.</summary>
    public string Id { get; }

    /// <summary>Gets the rule.</summary>
    public RollUpRule Rule { get; }

    /// <summary>Gets the missing-data policy for these nodes, or <see langword="null"/> for the options' default.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public MissingDataPolicy? MissingData { get; init; }

    /// <summary>Gets the least coverage (weighted share of inputs assessed) for these nodes, or <see langword="null"/> for the options' default.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public double? MinimumCoverage { get; init; }

    /// <summary>Assigns a rule to every node of a level.</summary>
    /// <param name="levelId">The level.</param>
    /// <param name="rule">The rule.</param>
    /// <returns>The assignment.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static RuleAssignment ForLevel(string levelId, RollUpRule rule) => new(false, levelId, rule);

    /// <summary>Assigns a rule to one node; it takes precedence over its level's.</summary>
    /// <param name="nodeId">The node.</param>
    /// <param name="rule">The rule.</param>
    /// <returns>The assignment.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static RuleAssignment ForNode(string nodeId, RollUpRule rule) => new(true, nodeId, rule);
}
