using Ardalis.GuardClauses;
using Styrmodell.Collections;
using Styrmodell.Model.Rules;
using Styrmodell.Targets;

namespace Styrmodell.Model;

/// <summary>
/// A municipality's steering model: its organisation, its own level schema, the nodes of its hierarchy with their
/// contribution links, and the cardinality rules they satisfy. Always valid: only
/// <see cref="SteeringModelBuilder"/> creates one, after every rule has passed.
/// </summary>
/// <remarks>
/// Equality is by value and ignores the order elements were added in: two models are equal when they hold equal
/// units, levels, nodes and rules under the same ids. Lists keep the order elements were added in.
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed partial class SteeringModel : IEquatable<SteeringModel>
{
    private readonly ModelIndex _index;
    private readonly Lazy<(int[] Start, int[] Edge, int[] Source)> _down;

    private readonly Lazy<MeasurementIndex> _measurements;

    private readonly Lazy<int[]> _bottomUp;
    private readonly Lazy<int[]> _rankBottomUp;

    internal SteeringModel(Municipality municipality, ModelIndex index)
    {
        Municipality = municipality;
        _index = index;
        _down = new(() => InvertLinks(index), LazyThreadSafetyMode.ExecutionAndPublication);
        _measurements = new(() => new MeasurementIndex(index), LazyThreadSafetyMode.ExecutionAndPublication);
        _bottomUp = new(() => BottomUp.Order(this), LazyThreadSafetyMode.ExecutionAndPublication);
        _rankBottomUp = new(() => RankOf(_bottomUp.Value), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>A model with the same structure as <paramref name="source"/> and other measurements; shares every structural array.</summary>
    private SteeringModel(SteeringModel source, ModelIndex index, MeasurementIndex? measurements)
    {
        Municipality = source.Municipality;
        Metadata = source.Metadata;
        _index = index;
        _down = source._down;
        _measurements = measurements is null
            ? new(() => new MeasurementIndex(index), LazyThreadSafetyMode.ExecutionAndPublication)
            : new(measurements);
        _bottomUp = source._bottomUp;
        _rankBottomUp = source._rankBottomUp;
    }

    /// <summary>Gets the municipality the model belongs to.</summary>
    public Municipality Municipality { get; }

    /// <summary>Gets the model's metadata (mandate period, source documents).</summary>
    /// <value>Default <see cref="ModelMetadata.None"/>.</value>
    public ModelMetadata Metadata { get; internal init; } = ModelMetadata.None;

    /// <summary>Gets the organisation units, in the order added.</summary>
    public EquatableArray<OrganisationUnit> Units => new(_index.Units);

    /// <summary>Gets the level definitions, in the order added.</summary>
    public EquatableArray<LevelDefinition> Levels => new(_index.Levels);

    /// <summary>Gets the nodes, in the order added.</summary>
    public EquatableArray<Node> Nodes => new(_index.Nodes);

    /// <summary>Gets the cardinality rules, in the order added.</summary>
    public EquatableArray<CardinalityRule> Rules => new(_index.Rules);

    /// <summary>Gets the indicator definitions, in the order added.</summary>
    public EquatableArray<Indicator> Indicators => new(_index.Indicators);

    /// <summary>Gets the outcomes, in the order added.</summary>
    public EquatableArray<Outcome> Outcomes => new(_index.Outcomes.ToArray());

    /// <summary>Gets the owners' manual assessments, in the order added.</summary>
    public EquatableArray<ManualAssessment> Assessments => new(_index.Assessments);

    internal ModelIndex Index => _index;

    /// <summary>The nodes in an order where every node comes after all nodes that feed it; computed once per structure.</summary>
    internal int[] BottomUpOrder => _bottomUp.Value;

    /// <summary>Each node's position in a bottom-up order: every node ranks after all nodes that feed it.</summary>
    internal int[] RankBottomUp => _rankBottomUp.Value;

    /// <summary>Gets whether this model and <paramref name="other"/> share one structure (made by <see cref="WithOutcome"/> from one another).</summary>
    internal bool SharesStructureWith(SteeringModel other) => ReferenceEquals(_index.Nodes, other._index.Nodes);

    /// <summary>
    /// Returns a model with one outcome added, or replacing the outcome with the same indicator, period, breakdown and
    /// forecast flag. The structure is shared, not copied, so that an evaluation can be brought up to date
    /// incrementally (see EvaluationResult.WithOutcome).
    /// </summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The changed model; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="outcome"/> is <see langword="null"/>.</exception>
    /// <exception cref="ModelValidationException">The outcome does not fit the model (unknown indicator, wrong form for its unit).</exception>
    public SteeringModel WithOutcome(Outcome outcome)
    {
        Guard.Against.Null(outcome);
        var problems = new List<Validation.ValidationProblem>();
        var existing = FindSameOutcome(outcome);
        MeasurementValidator.CheckOutcomeForm(_index, outcome, existing >= 0 ? existing : _index.Outcomes.Length, problems);
        if (problems.Count > 0)
        {
            throw new ModelValidationException(problems.ToEquatableArray());
        }

        if (existing >= 0)
        {
            // Same position, same grouping: the outcome index is shared and only one chunk of outcomes is copied.
            var outcomes = _index.Outcomes.Copy();
            outcomes[existing] = outcome;
            return new SteeringModel(this, _index.WithOutcomes(outcomes), Measurements);
        }

        // A new outcome changes the grouping: the outcome index is rebuilt, in O(outcomes), on first use.
        return new SteeringModel(this, _index.WithOutcomes(ChunkedArray<Outcome>.From([.. _index.Outcomes.ToArray(), outcome])), null);
    }

    private int FindSameOutcome(Outcome outcome)
    {
        if (!_index.IndicatorIndex.TryGetValue(outcome.IndicatorId, out var i))
        {
            return -1;
        }

        var m = Measurements;
        for (var k = m.OutcomeStart[i]; k < m.OutcomeStart[i + 1]; k++)
        {
            var o = _index.Outcomes[m.OutcomeOrder[k]];
            if (o.Period == outcome.Period && o.Gender == outcome.Gender && o.Disaggregation == outcome.Disaggregation && o.IsForecast == outcome.IsForecast)
            {
                return m.OutcomeOrder[k];
            }
        }

        return -1;
    }

    private static int[] RankOf(int[] order)
    {
        var rank = new int[order.Length];
        for (var r = 0; r < order.Length; r++)
        {
            rank[order[r]] = r;
        }

        return rank;
    }

    /// <summary>Per-node indicator, outcome and assessment look-ups, built on first evaluation and shared by all after it.</summary>
    internal MeasurementIndex Measurements => _measurements.Value;

    /// <summary>Links into node n are edges DownEdge[DownStart[n]..DownStart[n+1]]; EdgeSource[e] is edge e's lower node.</summary>
    internal int[] DownStart => _down.Value.Start;

    internal int[] DownEdge => _down.Value.Edge;

    internal int[] EdgeSource => _down.Value.Source;

    /// <summary>Finds the indicator definition of a node.</summary>
    /// <param name="nodeId">The indicator node's id.</param>
    /// <returns>The definition, or <see langword="null"/> when the node has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nodeId"/> is <see langword="null"/>.</exception>
    public Indicator? FindIndicator(string nodeId) =>
        _index.IndicatorIndex.TryGetValue(Guard.Against.Null(nodeId), out var i) ? _index.Indicators[i] : null;

    /// <summary>Gets the outcomes of one indicator, in the order added.</summary>
    /// <param name="nodeId">The indicator node's id.</param>
    /// <returns>Its outcomes; empty when it has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nodeId"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<Outcome> OutcomesOf(string nodeId)
    {
        Guard.Against.Null(nodeId);
        if (!_index.IndicatorIndex.TryGetValue(nodeId, out var i))
        {
            return [];
        }

        var m = Measurements;
        var outcomes = new Outcome[m.OutcomeStart[i + 1] - m.OutcomeStart[i]];
        for (var k = 0; k < outcomes.Length; k++)
        {
            outcomes[k] = _index.Outcomes[m.OutcomeOrder[m.OutcomeStart[i] + k]];
        }

        return outcomes;
    }

    /// <summary>Finds a node by id.</summary>
    /// <param name="id">The node's id.</param>
    /// <returns>The node, or <see langword="null"/> when the model has none with that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public Node? FindNode(string id) =>
        _index.NodeIndex.TryGetValue(Guard.Against.Null(id), out var n) ? _index.Nodes[n] : null;

    /// <summary>Gets a node by id.</summary>
    /// <param name="id">The node's id.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The model has no node with that id.</exception>
    public Node GetNode(string id) => _index.Nodes[NodePosition(id)];

    /// <summary>Finds an organisation unit by id.</summary>
    /// <param name="id">The unit's id.</param>
    /// <returns>The unit, or <see langword="null"/> when the model has none with that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public OrganisationUnit? FindUnit(string id) =>
        _index.UnitIndex.TryGetValue(Guard.Against.Null(id), out var u) ? _index.Units[u] : null;

    /// <summary>Finds a level definition by id.</summary>
    /// <param name="id">The level's id.</param>
    /// <returns>The level, or <see langword="null"/> when the model has none with that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public LevelDefinition? FindLevel(string id) =>
        _index.LevelIndex.TryGetValue(Guard.Against.Null(id), out var l) ? _index.Levels[l] : null;

    /// <summary>Gets the level definition of a node of this model.</summary>
    /// <param name="nodeId">The node's id.</param>
    /// <returns>The node's level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nodeId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The model has no node with that id.</exception>
    public LevelDefinition LevelOf(string nodeId) => _index.Levels[_index.LevelOf[NodePosition(nodeId)]];

    /// <summary>Gets the nodes at a top level (without a parent), in the order added.</summary>
    /// <returns>The top nodes.</returns>
    public IReadOnlyList<Node> Roots() => [.. _index.Nodes.Where((_, n) => _index.ParentOf[n] < 0)];

    /// <summary>Gets the nodes that sit directly under a node, in the order added.</summary>
    /// <param name="nodeId">The parent node's id.</param>
    /// <returns>The children, by parent link only.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nodeId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The model has no node with that id.</exception>
    public IReadOnlyList<Node> ChildrenOf(string nodeId) =>
        [.. LinksInto(nodeId).Where(l => l.Kind == NodeLinkKind.Parent).Select(l => GetNode(l.FromId))];

    /// <summary>Gets every link into a node — its children and its contributors — in the order added.</summary>
    /// <param name="nodeId">The node's id.</param>
    /// <returns>The links whose <see cref="NodeLink.ToId"/> is <paramref name="nodeId"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nodeId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The model has no node with that id.</exception>
    public IReadOnlyList<NodeLink> LinksInto(string nodeId)
    {
        var n = NodePosition(nodeId);
        var links = new NodeLink[DownStart[n + 1] - DownStart[n]];
        for (var i = 0; i < links.Length; i++)
        {
            links[i] = Link(DownEdge[DownStart[n] + i]);
        }

        return links;
    }

    /// <summary>Gets every link out of a node — to its parent, then to what it contributes to.</summary>
    /// <param name="nodeId">The node's id.</param>
    /// <returns>The links whose <see cref="NodeLink.FromId"/> is <paramref name="nodeId"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nodeId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The model has no node with that id.</exception>
    public IReadOnlyList<NodeLink> LinksFrom(string nodeId)
    {
        var n = NodePosition(nodeId);
        var links = new NodeLink[_index.UpStart[n + 1] - _index.UpStart[n]];
        for (var i = 0; i < links.Length; i++)
        {
            links[i] = Link(_index.UpStart[n] + i);
        }

        return links;
    }

    /// <summary>Starts a builder holding this model's elements, for a changed copy.</summary>
    /// <returns>A new builder; the model itself is unchanged.</returns>
    public SteeringModelBuilder ToBuilder() =>
        new SteeringModelBuilder(Municipality).WithMetadata(Metadata)
            .AddUnits(_index.Units).AddLevels(_index.Levels).AddNodes(_index.Nodes).AddRules(_index.Rules)
            .AddIndicators(_index.Indicators).AddOutcomes(_index.Outcomes.ToArray()).AddAssessments(_index.Assessments);

    /// <summary>Returns <c>Municipality: N nodes</c>.</summary>
    /// <returns>The model as short text.</returns>
    public override string ToString() => $"{Municipality}: {_index.Nodes.Length} nodes";

    private int NodePosition(string id)
    {
        Guard.Against.Null(id);
        return _index.NodeIndex.TryGetValue(id, out var n)
            ? n
            : throw new ArgumentException($"The model of {Municipality} has no node '{id}'.", nameof(id));
    }

    private NodeLink Link(int edge)
    {
        var from = EdgeSource[edge];
        var kind = edge == _index.UpStart[from] && _index.ParentOf[from] >= 0
            ? NodeLinkKind.Parent
            : NodeLinkKind.Contribution;
        return new(_index.Nodes[from].Id, _index.Nodes[_index.UpTarget[edge]].Id, _index.UpWeight[edge], kind);
    }

    /// <summary>Builds the downward adjacency (links into each node) from the upward one, by counting sort: O(n + links).</summary>
    private static (int[] Start, int[] Edge, int[] Source) InvertLinks(ModelIndex index)
    {
        var count = index.Nodes.Length;
        var links = index.UpStart[count];
        var source = new int[links];
        var start = new int[count + 1];
        for (var n = 0; n < count; n++)
        {
            for (var e = index.UpStart[n]; e < index.UpStart[n + 1]; e++)
            {
                source[e] = n;
                start[index.UpTarget[e] + 1]++;
            }
        }

        for (var n = 0; n < count; n++)
        {
            start[n + 1] += start[n];
        }

        var fill = start[..count];
        var edges = new int[links];
        for (var e = 0; e < links; e++)
        {
            edges[fill[index.UpTarget[e]]++] = e;
        }

        return (start, edges, source);
    }
}
