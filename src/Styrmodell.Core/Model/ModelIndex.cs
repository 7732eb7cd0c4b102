using Styrmodell.Collections;
using Styrmodell.Model.Rules;
using Styrmodell.Targets;

namespace Styrmodell.Model;

/// <summary>
/// The resolved, integer-indexed form of a model: ids mapped to positions and links to arrays, built once in O(n)
/// and never changed afterwards, so that validation, queries and evaluation avoid repeated string look-ups.
/// </summary>
internal sealed class ModelIndex
{
    public required OrganisationUnit[] Units { get; init; }
    public required Dictionary<string, int> UnitIndex { get; init; }
    public required LevelDefinition[] Levels { get; init; }
    public required Dictionary<string, int> LevelIndex { get; init; }
    public required Node[] Nodes { get; init; }
    public required Dictionary<string, int> NodeIndex { get; init; }
    public required CardinalityRule[] Rules { get; init; }
    public required Dictionary<string, int> RuleIndex { get; init; }
    public required Indicator[] Indicators { get; init; }
    public required Dictionary<string, int> IndicatorIndex { get; init; }
    /// <summary>Chunked, so that a changed copy shares all but one chunk (see SteeringModel.WithOutcome).</summary>
    public required ChunkedArray<Outcome> Outcomes { get; init; }
    public required ManualAssessment[] Assessments { get; init; }

    /// <summary>Position of each node's level, or -1 when unknown.</summary>
    public required int[] LevelOf { get; init; }

    /// <summary>Position of each node's owner unit, or -1 when none or unknown.</summary>
    public required int[] OwnerOf { get; init; }

    /// <summary>Position of each node's parent, or -1 when none or unknown.</summary>
    public required int[] ParentOf { get; init; }

    /// <summary>Upward links (parent first, then contributions) of node n are UpTarget[UpStart[n]..UpStart[n+1]].</summary>
    public required int[] UpStart { get; init; }

    public required int[] UpTarget { get; init; }

    public required double[] UpWeight { get; init; }

    /// <summary>A copy sharing every array but the outcomes.</summary>
    public ModelIndex WithOutcomes(ChunkedArray<Outcome> outcomes) => new()
    {
        Units = Units, UnitIndex = UnitIndex, Levels = Levels, LevelIndex = LevelIndex, Nodes = Nodes, NodeIndex = NodeIndex,
        Rules = Rules, RuleIndex = RuleIndex, Indicators = Indicators, IndicatorIndex = IndicatorIndex, Outcomes = outcomes,
        Assessments = Assessments, LevelOf = LevelOf, OwnerOf = OwnerOf, ParentOf = ParentOf, UpStart = UpStart,
        UpTarget = UpTarget, UpWeight = UpWeight,
    };

    /// <summary>
    /// Adds to <paramref name="found"/> the nodes reached upwards from node <paramref name="start"/> (through parents
    /// and contributions) for which <paramref name="isTarget"/> holds; the walk stops at each such node.
    /// </summary>
    public void CollectAncestors(int start, Func<int, bool> isTarget, HashSet<int> found)
    {
        var visited = new HashSet<int> { start };
        var pending = new Stack<int>();
        pending.Push(start);
        while (pending.TryPop(out var n))
        {
            for (var e = UpStart[n]; e < UpStart[n + 1]; e++)
            {
                var up = UpTarget[e];
                if (!visited.Add(up))
                {
                    continue;
                }

                if (isTarget(up))
                {
                    found.Add(up);
                }
                else
                {
                    pending.Push(up);
                }
            }
        }
    }
}
