using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Styrmodell.Collections;
using Styrmodell.Model;
using Styrmodell.Validation;

namespace Styrmodell.Tests.Model;

public class SteeringModelProperties
{
    private static readonly Municipality Testby = new("Testby kommun", "0001");

    private static readonly LevelDefinition[] Levels =
    [
        new("l0", "Vision", LevelRole.Vision),
        new("l1", "Område", LevelRole.TargetArea) { ParentLevelIds = ["l0"] },
        new("l2", "Mål", LevelRole.Goal) { ParentLevelIds = ["l1"], OwnerKinds = [UnitKinds.Committee] },
        new("l3", "Indikator", LevelRole.Indicator) { ParentLevelIds = ["l2"] },
    ];

    private static readonly OrganisationUnit[] Units =
    [
        new("kf", "KF", UnitKinds.Council),
        new("n1", "Nämnd 1", UnitKinds.Committee) { ParentId = "kf" },
        new("n2", "Nämnd 2", UnitKinds.Committee) { ParentId = "kf" },
    ];

    /// <summary>A random valid model: each node's parent is an earlier node one level up; some contribute to another node there.</summary>
    private static Gen<Node[]> ValidNodes =>
        from sizes in Gen.Choose(1, 12).Three()
        from seed in Gen.Choose(0, int.MaxValue)
        select Make(sizes.Item1, sizes.Item2, sizes.Item3, seed);

    private static Node[] Make(int areas, int goals, int indicators, int seed)
    {
        var random = new Random(seed);
        var nodes = new List<Node> { new("v", "l0", "Vision") };
        string[] Add(string prefix, string level, int count, string[] parents, bool owned)
        {
            var ids = new string[count];
            for (var i = 0; i < count; i++)
            {
                ids[i] = prefix + i.ToString(CultureInfo.InvariantCulture);
                var parent = parents[random.Next(parents.Length)];
                var other = parents[random.Next(parents.Length)];
                nodes.Add(new Node(ids[i], level, ids[i])
                {
                    ParentId = parent,
                    OwnerId = owned ? Units[1 + random.Next(2)].Id : null,
                    Weight = random.Next(1, 5),
                    Contributions = other != parent && random.Next(3) == 0 ? [new Contribution(other, random.NextDouble())] : [],
                });
            }

            return ids;
        }

        var a = Add("a", "l1", areas, ["v"], false);
        var g = Add("g", "l2", goals, a, true);
        Add("i", "l3", indicators, g, false);
        return [.. nodes];
    }

    private static SteeringModelBuilder Builder(IEnumerable<Node> nodes, IEnumerable<OrganisationUnit>? units = null, IEnumerable<LevelDefinition>? levels = null) =>
        new SteeringModelBuilder(Testby).AddUnits(units ?? Units).AddLevels(levels ?? Levels).AddNodes(nodes);

    private static T[] Shuffle<T>(IEnumerable<T> items, int seed) => [.. items.OrderBy(_ => new Random(seed).Next()).Select((x, i) => (x, k: new Random(seed + i).Next())).OrderBy(p => p.k).Select(p => p.x)];

    [Property]
    public Property Build_AnyOrder_GivesEqualModels() =>
        Prop.ForAll(ValidNodes.ToArbitrary(), Gen.Choose(0, 10_000).ToArbitrary(), (nodes, seed) =>
        {
            var model = Builder(nodes).Build();
            var shuffled = Builder(Shuffle(nodes, seed), Shuffle(Units, seed + 1), Shuffle(Levels, seed + 2)).Build();
            return model.Equals(shuffled) && model.GetHashCode() == shuffled.GetHashCode() && model == shuffled;
        });

    [Property]
    public Property Rebuild_ValidModel_StaysValidAndEqual() =>
        Prop.ForAll(ValidNodes.ToArbitrary(), nodes =>
        {
            var model = Builder(nodes).Build();
            return model.ToBuilder().Validate().IsEmpty && model.ToBuilder().Build() == model;
        });

    [Property]
    public Property Build_ChangedNode_GivesUnequalModel() =>
        Prop.ForAll(ValidNodes.ToArbitrary(), nodes =>
        {
            var changed = nodes.Select((n, i) => i == nodes.Length - 1 ? n with { Title = n.Title + " (ändrad)" } : n);
            return Builder(nodes).Build() != Builder(changed).Build();
        });

    private enum Defect { DanglingParent, DuplicateId, UnknownLevel, NegativeWeight, Cycle, DisallowedOwner }

    [Property]
    public Property Validate_SingleInjectedDefect_IsReportedWithItsCodeAndId() =>
        Prop.ForAll(ValidNodes.ToArbitrary(), Gen.Elements(Enum.GetValues<Defect>()).ToArbitrary(), Gen.Choose(0, 10_000).ToArbitrary(), (nodes, defect, pick) =>
        {
            var goals = nodes.Where(n => n.LevelId == "l2").ToArray();
            var goal = goals[pick % goals.Length];
            var (injected, code, ids) = defect switch
            {
                Defect.DanglingParent => (Replace(nodes, goal with { ParentId = "saknas" }), ProblemCodes.DanglingReference, new[] { goal.Id }),
                Defect.DuplicateId => ([.. nodes, goal with { Title = "kopia" }], ProblemCodes.DuplicateId, [goal.Id]),
                Defect.UnknownLevel => (Replace(nodes, goal with { LevelId = "saknas", ParentId = null, OwnerId = null, Contributions = [] }), ProblemCodes.UnknownLevel, [goal.Id]),
                Defect.NegativeWeight => (Replace(nodes, goal with { Weight = -1 }), ProblemCodes.InvalidWeight, [goal.Id]),
                Defect.DisallowedOwner => (Replace(nodes, goal with { OwnerId = "kf" }), ProblemCodes.OwnerNotAllowed, [goal.Id]),
                _ => Cycle(nodes, goal),
            };

            var problems = Builder(injected, levels: defect == Defect.Cycle ? CyclicLevels : Levels).Validate();
            var built = Builder(injected, levels: defect == Defect.Cycle ? CyclicLevels : Levels).TryBuild(out _, out _);
            return problems.Count == 1 && problems[0].Code == code && ids.Contains(problems[0].Location.Id) && !built;
        });

    // Goals may also sit under goals, so that a cycle needs no level violation.
    private static readonly LevelDefinition[] CyclicLevels =
        [.. Levels.Select(l => l.Id == "l2" ? l with { ParentLevelIds = ["l1", "l2"] } : l)];

    /// <summary>Turns the goal's parent link into a link to a new goal under it: goal → child → goal.</summary>
    private static (Node[], string, string[]) Cycle(Node[] nodes, Node goal)
    {
        var child = new Node("zz-child", "l2", "Barn") { ParentId = goal.Id, OwnerId = goal.OwnerId };
        return ([.. Replace(nodes, goal with { ParentId = child.Id, Contributions = [] }), child], ProblemCodes.Cycle, [goal.Id, child.Id]);
    }

    private static Node[] Replace(Node[] nodes, Node replacement) => [.. nodes.Select(n => n.Id == replacement.Id ? replacement : n)];

    [Property]
    public bool EquatableArray_EqualContents_AreEqualWithEqualHashes(int[] items)
    {
        var a = items.ToEquatableArray();
        var b = EquatableArray.Create<int>([.. items]);
        return a == b && a.GetHashCode() == b.GetHashCode() && (items.Length == 0 || a != EquatableArray.Create<int>([.. items, 1]));
    }
}
