using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Styrmodell.Model;
using Styrmodell.Model.Rules;

namespace Styrmodell.Tests.Model;

/// <summary>The elements of a random valid steering model, before they are given to a builder.</summary>
public sealed class GeneratedModel
{
    public required OrganisationUnit[] Units { get; init; }

    public required LevelDefinition[] Levels { get; init; }

    public required Node[] Nodes { get; init; }

    public required CardinalityRule[] Rules { get; init; }

    public SteeringModelBuilder ToBuilder() =>
        new SteeringModelBuilder(SteeringModelProperties.Testby)
            .AddUnits(Units).AddLevels(Levels).AddNodes(Nodes).AddRules(Rules);

    /// <summary>Upward links (parent first, then contributions) of each node id.</summary>
    public Dictionary<string, string[]> UpLinks() =>
        Nodes.ToDictionary(
            n => n.Id,
            n => (string[])[.. (n.ParentId is null ? [] : new[] { n.ParentId }), .. n.Contributions.Select(c => c.TargetId)],
            StringComparer.Ordinal);

    public override string ToString() =>
        string.Join("\n", Units.Select(u => $"unit {u} ↑{u.ParentId}"))
        + "\n" + string.Join("\n", Levels.Select(l => $"level {l.Id} under {l.ParentLevelIds} owners {l.OwnerKinds}"))
        + "\n" + string.Join("\n", Nodes.Select(n => $"node {n.Id} [{n.LevelId}] ↑{n.ParentId} ×{n.Weight} owner {n.OwnerId} {n.Contributions}"))
        + "\n" + string.Join("\n", Rules.Select(r => r.ToString()));
}

/// <summary>FsCheck generators of random valid models.</summary>
public partial class SteeringModelProperties
{
    internal static readonly Municipality Testby = new("Testby kommun", "0001");

    private static readonly string[] OwnerKindPool = [UnitKinds.Committee, UnitKinds.Company, UnitKinds.Administration];

    private static readonly LevelRole[] Roles = [LevelRole.Vision, LevelRole.TargetArea, LevelRole.Goal, LevelRole.Goal, LevelRole.Indicator];

    /// <summary>
    /// Random valid models: 2–5 levels in a chain (each under the one above; the deepest always restricts its owners to
    /// kinds other than KF), KF with committees, companies and administrations under it, 1–40 nodes per level (at most
    /// 200), each under a random node one level up and sometimes contributing to other nodes there, with finite weights
    /// ≥ 0, and cardinality rules derived from the generated counts so that they hold exactly at their bounds.
    /// </summary>
    /// <remarks>The structure comes from FsCheck's sizes; the choices within it from a seed FsCheck generates, so replays reproduce a model.</remarks>
    internal static Gen<GeneratedModel> ValidModels =>
        Gen.Sized(size =>
            from levelCount in Gen.Choose(2, 5)
            from perLevel in Gen.Choose(1, Math.Clamp(size, 1, 40)).ArrayOf(levelCount)
            from committees in Gen.Choose(1, 4)
            from companies in Gen.Choose(0, 2)
            from seed in Gen.Choose(0, int.MaxValue)
            select Make(perLevel, committees, companies, new Random(seed)));

    private static string Text(int i) => i.ToString(CultureInfo.InvariantCulture);

    private static GeneratedModel Make(int[] perLevel, int committees, int companies, Random random)
    {
        var units = new List<OrganisationUnit> { new("kf", "Kommunfullmäktige", UnitKinds.Council) };
        units.Add(new("ks", "Kommunstyrelsen", UnitKinds.ExecutiveBoard) { ParentId = "kf" });
        for (var i = 0; i < committees; i++)
        {
            units.Add(new("nämnd-" + Text(i), "Nämnd " + Text(i), UnitKinds.Committee) { ParentId = "kf" });
            units.Add(new("förv-" + Text(i), "Förvaltning " + Text(i), UnitKinds.Administration) { ParentId = "nämnd-" + Text(i) });
        }

        for (var i = 0; i < companies; i++)
        {
            units.Add(new("bolag-" + Text(i), "Bolag " + Text(i), UnitKinds.Company) { ParentId = "kf" });
        }

        var kinds = OwnerKindPool.Where(k => units.Exists(u => u.Kind == k)).ToArray();
        var levels = new LevelDefinition[perLevel.Length];
        for (var l = 0; l < levels.Length; l++)
        {
            var restricted = l == levels.Length - 1 || random.Next(3) == 0;
            levels[l] = new LevelDefinition("L" + Text(l), "Nivå " + Text(l), Roles[Math.Min(l, Roles.Length - 1)])
            {
                ParentLevelIds = l == 0 ? [] : ["L" + Text(l - 1)],
                OwnerKinds = restricted ? [.. kinds.Where(_ => random.Next(2) == 0).DefaultIfEmpty(kinds[random.Next(kinds.Length)])] : [],
            };
        }

        var nodes = new List<Node>();
        string[] above = [];
        for (var l = 0; l < levels.Length; l++)
        {
            var ids = new string[perLevel[l]];
            for (var j = 0; j < ids.Length; j++)
            {
                // A random letter first, so that the ordinal order of ids is unrelated to levels and positions.
                ids[j] = $"{(char)('a' + random.Next(26))}{Text(l)}-{Text(j)}";
                var parent = l == 0 ? null : above[random.Next(above.Length)];
                nodes.Add(new Node(ids[j], levels[l].Id, "Nod " + ids[j])
                {
                    ParentId = parent,
                    OwnerId = Owner(levels[l], units, random),
                    Weight = Weight(random),
                    Contributions = parent is null || random.Next(3) > 0
                        ? []
                        : [.. above.Where(id => id != parent).OrderBy(_ => random.Next()).Take(random.Next(1, 3)).Select(id => new Contribution(id, Weight(random)))],
                });
            }

            above = ids;
        }

        var model = new GeneratedModel { Units = [.. units], Levels = levels, Nodes = [.. nodes], Rules = [] };
        return new GeneratedModel { Units = model.Units, Levels = levels, Nodes = model.Nodes, Rules = Rules(model, random) };
    }

    private static string? Owner(LevelDefinition level, List<OrganisationUnit> units, Random random)
    {
        var candidates = level.OwnerKinds.IsEmpty ? units : units.FindAll(u => level.OwnerKinds.AsSpan().Contains(u.Kind));
        return level.OwnerKinds.IsEmpty && random.Next(2) == 0 ? null : candidates[random.Next(candidates.Count)].Id;
    }

    private static double Weight(Random random) => random.Next(6) switch
    {
        0 => 0,
        1 => 1,
        2 => 0.5,
        3 => 1e-9,
        4 => 1e6,
        _ => random.NextDouble() * 10,
    };

    /// <summary>One rule of each kind, with bounds taken from the model itself, so each holds with at least one count at a bound.</summary>
    private static CardinalityRule[] Rules(GeneratedModel model, Random random)
    {
        var levels = model.Levels;
        var nodes = model.Nodes;
        var rules = new List<CardinalityRule>();

        var child = 1 + random.Next(levels.Length - 1);
        var children = nodes.Where(n => n.LevelId == levels[child - 1].Id)
            .Select(p => nodes.Count(n => n.ParentId == p.Id && n.LevelId == levels[child].Id)).ToArray();
        rules.Add(new ChildrenPerNodeRule("barn", levels[child - 1].Id, levels[child].Id, children.Min(), random.Next(2) == 0 ? null : children.Max()));

        var kind = OwnerKindPool[random.Next(OwnerKindPool.Length)];
        var owned = levels[random.Next(levels.Length)].Id;
        var owners = model.Units.Where(u => u.Kind == kind).ToArray();
        if (owners.Length > 0)
        {
            var counts = owners.Select(u => nodes.Count(n => n.LevelId == owned && n.OwnerId == u.Id)).ToArray();
            rules.Add(new NodesPerOwnerRule("per-ägare", owned, kind, counts.Min(), random.Next(2) == 0 ? null : counts.Max()));

            var lower = 1 + random.Next(levels.Length - 1);
            var covered = levels[random.Next(lower)].Id;
            var up = model.UpLinks();
            var level = nodes.ToDictionary(n => n.Id, n => n.LevelId, StringComparer.Ordinal);
            var coverage = owners.Select(u => nodes
                .Where(n => n.LevelId == levels[lower].Id && n.OwnerId == u.Id)
                .SelectMany(n => Ancestors(n.Id, up))
                .Where(a => level[a] == covered)
                .Distinct(StringComparer.Ordinal)
                .Count()).ToArray();
            rules.Add(new CoveragePerOwnerRule("täckning", levels[lower].Id, kind, covered, coverage.Min()) { Description = "Täcker områden" });
        }

        return [.. rules];
    }

    /// <summary>Every node reached upwards from <paramref name="start"/>, not counting it.</summary>
    internal static HashSet<string> Ancestors(string start, Dictionary<string, string[]> up)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([start]);
        while (pending.TryPop(out var id))
        {
            foreach (var next in up[id])
            {
                if (found.Add(next))
                {
                    pending.Push(next);
                }
            }
        }

        return found;
    }
}
