using Styrmodell.Model.Rules;
using Styrmodell.Collections;
using Styrmodell.Targets;
using Styrmodell.Validation;

namespace Styrmodell.Model;

/// <summary>
/// Resolves a model's references into a <see cref="ModelIndex"/> and gathers every broken rule in one O(n) pass
/// (cardinality rules add their own linear passes). Invalid references are reported and left out of the index, so
/// later checks see only what resolved.
/// </summary>
internal static class ModelValidator
{
    public static ModelIndex Index(
        IReadOnlyList<OrganisationUnit> units,
        IReadOnlyList<LevelDefinition> levels,
        IReadOnlyList<Node> nodes,
        IReadOnlyList<CardinalityRule> rules,
        IReadOnlyList<Indicator> indicators,
        IReadOnlyList<Outcome> outcomes,
        IReadOnlyList<ManualAssessment> assessments,
        List<ValidationProblem> problems)
    {
        var unitIndex = IndexIds(units, u => u.Id, ModelElement.Unit, "id", problems);
        var levelIndex = IndexIds(levels, l => l.Id, ModelElement.Level, "id", problems);
        var nodeIndex = IndexIds(nodes, n => n.Id, ModelElement.Node, "id", problems);
        var ruleIndex = IndexIds(rules, r => r.Id, ModelElement.Rule, "id", problems);
        var indicatorIndex = IndexIds(indicators, i => i.NodeId, ModelElement.Indicator, "node", problems);
        CheckUnits(units, unitIndex, problems);
        CheckLevels(levels, levelIndex, problems);

        var count = nodes.Count;
        var links = CountLinks(nodes);
        var index = new ModelIndex
        {
            Units = [.. units],
            UnitIndex = unitIndex,
            Levels = [.. levels],
            LevelIndex = levelIndex,
            Nodes = [.. nodes],
            NodeIndex = nodeIndex,
            Rules = [.. rules],
            RuleIndex = ruleIndex,
            Indicators = [.. indicators],
            IndicatorIndex = indicatorIndex,
            Outcomes = ChunkedArray<Outcome>.From(outcomes),
            Assessments = [.. assessments],
            LevelOf = new int[count],
            OwnerOf = new int[count],
            ParentOf = new int[count],
            UpStart = new int[count + 1],
            UpTarget = new int[links],
            UpWeight = new double[links],
        };
        var allowed = AllowedParentLevels(index);
        ResolveNodes(index, allowed, problems);
        // With every link at an allowed level, node links follow the level graph: if that is acyclic, so are they.
        if (problems.Count > 0 || LevelGraphHasCycle(allowed))
        {
            CheckNodeCycles(index, problems);
        }
        MeasurementValidator.Check(index, problems);
        CheckRules(index, problems);
        return index;
    }

    private static Dictionary<string, int> IndexIds<T>(
        IReadOnlyList<T> items, Func<T, string> id, ModelElement element, string idMember, List<ValidationProblem> problems)
    {
        var map = new Dictionary<string, int>(items.Count, StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var key = id(items[i]);
            TextLimits.CheckId(key, new(element, key, i, idMember), problems);
            if (string.IsNullOrWhiteSpace(key))
            {
                problems.Add(new(ProblemCodes.InvalidId, new(element, key, i),
                    $"The {element.ToString().ToLowerInvariant()} at position {i} has an empty id."));
            }
            else if (!map.TryAdd(key, i))
            {
                problems.Add(new(ProblemCodes.DuplicateId, new(element, key, i),
                    $"The {element.ToString().ToLowerInvariant()} id '{key}' is used again; first used at position {map[key]}."));
            }
        }

        return map;
    }

    private static void CheckUnits(
        IReadOnlyList<OrganisationUnit> units, Dictionary<string, int> unitIndex, List<ValidationProblem> problems)
    {
        var parents = new int[units.Count];
        for (var i = 0; i < units.Count; i++)
        {
            TextLimits.CheckName(units[i].Name, "The unit's name", new(ModelElement.Unit, units[i].Id, i, "name"), problems);
            parents[i] = -1;
            var parentId = units[i].ParentId;
            if (parentId is null)
            {
                continue;
            }

            if (unitIndex.TryGetValue(parentId, out var p))
            {
                parents[i] = p;
            }
            else
            {
                problems.Add(new(ProblemCodes.DanglingReference, new(ModelElement.Unit, units[i].Id, i, "parent"),
                    $"Unit '{units[i].Id}' names parent unit '{parentId}', which does not exist."));
            }
        }

        // A unit tree has one upward link per unit, so following parents finds every cycle.
        var state = new byte[units.Count]; // 0 unseen, 1 on the current walk, 2 done
        var walk = new List<int>();
        for (var start = 0; start < units.Count; start++)
        {
            walk.Clear();
            var u = start;
            while (u >= 0 && state[u] == 0)
            {
                state[u] = 1;
                walk.Add(u);
                u = parents[u];
            }

            if (u >= 0 && state[u] == 1)
            {
                var cycle = walk.GetRange(walk.IndexOf(u), walk.Count - walk.IndexOf(u));
                ReportCycle(cycle, i => units[i].Id, ModelElement.Unit, (_, _) => "parent", problems);
            }

            foreach (var w in walk)
            {
                state[w] = 2;
            }
        }
    }

    private static void CheckLevels(
        IReadOnlyList<LevelDefinition> levels, Dictionary<string, int> levelIndex, List<ValidationProblem> problems)
    {
        for (var i = 0; i < levels.Count; i++)
        {
            TextLimits.CheckName(levels[i].Name, "The level's name", new(ModelElement.Level, levels[i].Id, i, "name"), problems);
            var parents = levels[i].ParentLevelIds;
            for (var k = 0; k < parents.Count; k++)
            {
                if (!levelIndex.ContainsKey(parents[k]))
                {
                    problems.Add(new(ProblemCodes.DanglingReference,
                        new(ModelElement.Level, levels[i].Id, i, $"parentLevelIds[{k}]"),
                        $"Level '{levels[i].Id}' may sit under level '{parents[k]}', which is not defined."));
                }
            }
        }
    }

    private static int CountLinks(IReadOnlyList<Node> nodes)
    {
        var links = 0;
        for (var i = 0; i < nodes.Count; i++)
        {
            links += (nodes[i].ParentId is null ? 0 : 1) + nodes[i].Contributions.Count;
        }

        return links;
    }

    private static void ResolveNodes(ModelIndex index, bool[][] allowed, List<ValidationProblem> problems)
    {
        var nodes = index.Nodes;

        // Levels first, so that parent and contribution checks compare level positions, not strings of other nodes.
        for (var n = 0; n < nodes.Length; n++)
        {
            index.LevelOf[n] = ResolveLevel(index, nodes[n], n, problems);
            index.OwnerOf[n] = ResolveOwner(index, nodes[n], n, index.LevelOf[n], problems);
        }

        var edge = 0;
        for (var n = 0; n < nodes.Length; n++)
        {
            var node = nodes[n];
            index.UpStart[n] = edge;
            var level = index.LevelOf[n];
            index.ParentOf[n] = ResolveParent(index, node, n, level, allowed, problems);
            CheckWeight(node.Weight, node, n, "weight", problems);
            TextLimits.CheckName(node.Title, "The node's title", new(ModelElement.Node, node.Id, n, "title"), problems);
            if (index.ParentOf[n] >= 0)
            {
                index.UpTarget[edge] = index.ParentOf[n];
                index.UpWeight[edge++] = node.Weight;
            }

            var contributions = node.Contributions;
            for (var k = 0; k < contributions.Count; k++)
            {
                var target = ResolveContribution(index, node, n, level, k, allowed, problems);
                CheckWeight(contributions[k].Weight, node, n, "contributions[{k}].weight", k, problems);
                if (target >= 0)
                {
                    index.UpTarget[edge] = target;
                    index.UpWeight[edge++] = contributions[k].Weight;
                }
            }
        }

        index.UpStart[nodes.Length] = edge;
    }

    /// <summary>allowed[child][parent] says whether a node at level child may sit under (or contribute to) one at level parent.</summary>
    private static bool[][] AllowedParentLevels(ModelIndex index)
    {
        var allowed = new bool[index.Levels.Length][];
        for (var child = 0; child < allowed.Length; child++)
        {
            allowed[child] = new bool[index.Levels.Length];
            foreach (var parentId in index.Levels[child].ParentLevelIds)
            {
                if (index.LevelIndex.TryGetValue(parentId, out var parent))
                {
                    allowed[child][parent] = true;
                }
            }
        }

        return allowed;
    }

    private static int ResolveLevel(ModelIndex index, Node node, int n, List<ValidationProblem> problems)
    {
        if (index.LevelIndex.TryGetValue(node.LevelId, out var level))
        {
            return level;
        }

        problems.Add(new(ProblemCodes.UnknownLevel, new(ModelElement.Node, node.Id, n, "level"),
            $"Node '{node.Id}' is at level '{node.LevelId}', which is not defined."));
        return -1;
    }

    private static int ResolveOwner(ModelIndex index, Node node, int n, int level, List<ValidationProblem> problems)
    {
        var kinds = level >= 0 ? index.Levels[level].OwnerKinds : default;
        if (node.OwnerId is null)
        {
            if (!kinds.IsEmpty)
            {
                problems.Add(new(ProblemCodes.MissingOwner, new(ModelElement.Node, node.Id, n, "owner"),
                    $"Node '{node.Id}' has no owner, but level '{node.LevelId}' needs one of kind {string.Join(" or ", kinds)}."));
            }

            return -1;
        }

        if (!index.UnitIndex.TryGetValue(node.OwnerId, out var owner))
        {
            problems.Add(new(ProblemCodes.DanglingReference, new(ModelElement.Node, node.Id, n, "owner"),
                $"Node '{node.Id}' is owned by unit '{node.OwnerId}', which does not exist."));
            return -1;
        }

        var kind = index.Units[owner].Kind;
        if (!kinds.IsEmpty && !kinds.AsSpan().Contains(kind))
        {
            problems.Add(new(ProblemCodes.OwnerNotAllowed, new(ModelElement.Node, node.Id, n, "owner"),
                $"Node '{node.Id}' is owned by {kind} '{node.OwnerId}', but level '{node.LevelId}' allows only {string.Join(" or ", kinds)}."));
        }

        return owner;
    }

    private static int ResolveParent(
        ModelIndex index, Node node, int n, int level, bool[][] allowedLevels, List<ValidationProblem> problems)
    {
        var allowed = level >= 0 ? index.Levels[level].ParentLevelIds : default;
        if (node.ParentId is null)
        {
            if (!allowed.IsEmpty)
            {
                problems.Add(new(ProblemCodes.MissingParent, new(ModelElement.Node, node.Id, n, "parent"),
                    $"Node '{node.Id}' has no parent, but level '{node.LevelId}' sits under {string.Join(" or ", allowed)}."));
            }

            return -1;
        }

        if (!index.NodeIndex.TryGetValue(node.ParentId, out var parent))
        {
            problems.Add(new(ProblemCodes.DanglingReference, new(ModelElement.Node, node.Id, n, "parent"),
                $"Node '{node.Id}' names parent '{node.ParentId}', which does not exist."));
            return -1;
        }

        if (level >= 0 && allowed.IsEmpty)
        {
            problems.Add(new(ProblemCodes.UnexpectedParent, new(ModelElement.Node, node.Id, n, "parent"),
                $"Node '{node.Id}' has parent '{node.ParentId}', but level '{node.LevelId}' is a top level."));
        }
        else if (level >= 0 && !IsAllowed(allowedLevels, level, index.LevelOf[parent]))
        {
            problems.Add(new(ProblemCodes.LevelNotAllowedUnderParent, new(ModelElement.Node, node.Id, n, "parent"),
                $"Node '{node.Id}' at level '{node.LevelId}' may not sit under '{node.ParentId}' at level '{index.Nodes[parent].LevelId}'; allowed: {string.Join(", ", allowed)}."));
        }

        return parent;
    }

    private static int ResolveContribution(
        ModelIndex index, Node node, int n, int level, int k, bool[][] allowedLevels, List<ValidationProblem> problems)
    {
        var targetId = node.Contributions[k].TargetId;
        if (targetId is null)
        {
            problems.Add(new(ProblemCodes.DanglingReference, ContributionAt(node, n, k),
                $"Node '{node.Id}' has a contribution without a target (a default Contribution)."));
            return -1;
        }

        if (!index.NodeIndex.TryGetValue(targetId, out var target))
        {
            problems.Add(new(ProblemCodes.DanglingReference, ContributionAt(node, n, k),
                $"Node '{node.Id}' contributes to '{targetId}', which does not exist."));
            return -1;
        }

        if (IsLinkedEarlier(node, k, targetId))
        {
            problems.Add(new(ProblemCodes.DuplicateLink, ContributionAt(node, n, k),
                $"Node '{node.Id}' links to '{targetId}' more than once."));
            return -1;
        }

        var allowed = level >= 0 ? index.Levels[level].ParentLevelIds : default;
        if (level >= 0 && !IsAllowed(allowedLevels, level, index.LevelOf[target]))
        {
            problems.Add(new(ProblemCodes.ContributionLevelNotAllowed, ContributionAt(node, n, k),
                $"Node '{node.Id}' at level '{node.LevelId}' may not contribute to '{targetId}' at level '{index.Nodes[target].LevelId}'; allowed: {(allowed.IsEmpty ? "none (top level)" : string.Join(", ", allowed))}."));
        }

        return target;
    }

    private static ProblemLocation ContributionAt(Node node, int n, int k) =>
        new(ModelElement.Node, node.Id, n, Member("contributions[{k}].target", k));

    /// <summary>An unknown level (-1) on either side has been reported already and is not reported again here.</summary>
    private static bool IsAllowed(bool[][] allowedLevels, int level, int parentLevel) =>
        parentLevel < 0 || allowedLevels[level][parentLevel];

    private static bool IsLinkedEarlier(Node node, int k, string targetId)
    {
        if (string.Equals(node.ParentId, targetId, StringComparison.Ordinal))
        {
            return true;
        }

        for (var j = 0; j < k; j++)
        {
            if (string.Equals(node.Contributions[j].TargetId, targetId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckWeight(double weight, Node node, int n, string member, List<ValidationProblem> problems) =>
        CheckWeight(weight, node, n, member, 0, problems);

    /// <summary>Checks a weight; <paramref name="member"/> may hold <c>{k}</c>, filled in only when a problem is reported.</summary>
    private static void CheckWeight(double weight, Node node, int n, string member, int k, List<ValidationProblem> problems)
    {
        if (!double.IsFinite(weight) || weight < 0)
        {
            member = Member(member, k);
            problems.Add(new(ProblemCodes.InvalidWeight, new(ModelElement.Node, node.Id, n, member),
                FormattableString.Invariant($"Node '{node.Id}' has {member} {weight}; a weight is finite and not negative.")));
        }
    }

    private static string Member(string template, int k) =>
        template.Replace("{k}", k.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>Whether the levels' allowed-parent relation has a cycle (a level allowed under itself counts); levels are few.</summary>
    private static bool LevelGraphHasCycle(bool[][] allowed)
    {
        var state = new byte[allowed.Length];
        bool Visit(int level)
        {
            if (state[level] != 0)
            {
                return state[level] == 1;
            }

            state[level] = 1;
            for (var parent = 0; parent < allowed.Length; parent++)
            {
                if (allowed[level][parent] && Visit(parent))
                {
                    return true;
                }
            }

            state[level] = 2;
            return false;
        }

        for (var level = 0; level < allowed.Length; level++)
        {
            if (Visit(level))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Finds the strongly connected components of the upward links (Tarjan's algorithm, iterative so deep hierarchies
    /// cannot overflow the stack) and reports one cycle per component: the shortest cycle through its ordinally
    /// smallest id. Components do not depend on the order nodes were added in, so neither does the report.
    /// </summary>
    private static void CheckNodeCycles(ModelIndex index, List<ValidationProblem> problems)
    {
        var count = index.Nodes.Length;
        var order = new int[count];
        Array.Fill(order, -1);
        var low = new int[count];
        var onStack = new bool[count];
        var stack = new Stack<int>();
        var calls = new Stack<(int Node, int Edge)>();
        var counter = 0;
        for (var root = 0; root < count; root++)
        {
            if (order[root] >= 0)
            {
                continue;
            }

            Discover(root);
            while (calls.TryPop(out var frame))
            {
                var (n, e) = frame;
                if (e < index.UpStart[n + 1])
                {
                    calls.Push((n, e + 1));
                    var up = index.UpTarget[e];
                    if (order[up] < 0)
                    {
                        Discover(up);
                    }
                    else if (onStack[up])
                    {
                        low[n] = Math.Min(low[n], order[up]);
                    }

                    continue;
                }

                if (calls.TryPeek(out var caller))
                {
                    low[caller.Node] = Math.Min(low[caller.Node], low[n]);
                }

                if (low[n] == order[n])
                {
                    CloseComponent(n);
                }
            }
        }

        void Discover(int n)
        {
            order[n] = low[n] = counter++;
            stack.Push(n);
            onStack[n] = true;
            calls.Push((n, index.UpStart[n]));
        }

        void CloseComponent(int n)
        {
            if (stack.Peek() == n)
            {
                // A single node: a cycle only if it links to itself.
                stack.Pop();
                onStack[n] = false;
                if (LinksTo(index, n, n))
                {
                    ReportCycle([n], i => index.Nodes[i].Id, ModelElement.Node, (i, next) => LinkMember(index.Nodes[i], index.Nodes[next].Id), problems);
                }

                return;
            }

            var members = new HashSet<int>();
            int w;
            do
            {
                w = stack.Pop();
                onStack[w] = false;
                members.Add(w);
            }
            while (w != n);

            ReportCycle(ShortestCycle(index, members), i => index.Nodes[i].Id, ModelElement.Node,
                (i, next) => LinkMember(index.Nodes[i], index.Nodes[next].Id), problems);
        }
    }

    private static bool LinksTo(ModelIndex index, int from, int to)
    {
        for (var e = index.UpStart[from]; e < index.UpStart[from + 1]; e++)
        {
            if (index.UpTarget[e] == to)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The shortest cycle through the component's ordinally smallest id, found breadth-first in link order.</summary>
    private static List<int> ShortestCycle(ModelIndex index, HashSet<int> members)
    {
        var start = members.MinBy(m => index.Nodes[m].Id, StringComparer.Ordinal);
        var previous = new Dictionary<int, int> { [start] = -1 };
        var queue = new Queue<int>([start]);
        while (queue.TryDequeue(out var n))
        {
            for (var e = index.UpStart[n]; e < index.UpStart[n + 1]; e++)
            {
                var up = index.UpTarget[e];
                if (up == start)
                {
                    var path = new List<int>();
                    for (var at = n; at >= 0; at = previous[at])
                    {
                        path.Add(at);
                    }

                    path.Reverse();
                    return path;
                }

                if (members.Contains(up) && previous.TryAdd(up, n))
                {
                    queue.Enqueue(up);
                }
            }
        }

        return [start]; // unreachable: every member of a component lies on a cycle through the others
    }

    private static string LinkMember(Node node, string targetId)
    {
        if (string.Equals(node.ParentId, targetId, StringComparison.Ordinal))
        {
            return "parent";
        }

        for (var k = 0; k < node.Contributions.Count; k++)
        {
            if (string.Equals(node.Contributions[k].TargetId, targetId, StringComparison.Ordinal))
            {
                return $"contributions[{k}].target";
            }
        }

        return "parent";
    }

    /// <summary>
    /// Reports a cycle once, at its element with the ordinally smallest id, so the report does not depend on the
    /// order elements were added in.
    /// </summary>
    private static void ReportCycle(
        List<int> cycle, Func<int, string> id, ModelElement element, Func<int, int, string> member,
        List<ValidationProblem> problems)
    {
        var first = 0;
        for (var i = 1; i < cycle.Count; i++)
        {
            if (string.CompareOrdinal(id(cycle[i]), id(cycle[first])) < 0)
            {
                first = i;
            }
        }

        var ordered = cycle.Skip(first).Concat(cycle.Take(first)).ToList();
        var next = ordered.Count > 1 ? ordered[1] : ordered[0];
        var text = string.Join(" → ", ordered.Append(ordered[0]).Select(id));
        problems.Add(new(ProblemCodes.Cycle, new(element, id(ordered[0]), ordered[0], member(ordered[0], next)),
            $"Links form a cycle: {text}."));
    }

    private static void CheckRules(ModelIndex index, List<ValidationProblem> problems)
    {
        var structureValid = problems.Count == 0;
        for (var r = 0; r < index.Rules.Length; r++)
        {
            var before = problems.Count;
            index.Rules[r].CheckDefinition(index, new(ModelElement.Rule, index.Rules[r].Id, r), problems);

            // Counting on a broken structure would report echoes of its problems, not real violations.
            if (structureValid && problems.Count == before)
            {
                index.Rules[r].CheckModel(index, problems);
            }
        }
    }
}
