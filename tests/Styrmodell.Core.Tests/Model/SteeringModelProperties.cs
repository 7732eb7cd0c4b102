using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Styrmodell.Collections;
using Styrmodell.Model;
using Styrmodell.Validation;

namespace Styrmodell.Tests.Model;

/// <summary>Properties of random valid models: order independence, no-op rebuilds, and single injected defects.</summary>
public partial class SteeringModelProperties
{
    public enum Defect
    {
        DanglingParent,
        DuplicateNodeId,
        UnknownLevel,
        NegativeWeight,
        Cycle,
        DisallowedOwner,
    }

    private static T[] Replace<T>(T[] items, int position, T replacement)
    {
        var copy = (T[])items.Clone();
        copy[position] = replacement;
        return copy;
    }

    private static SteeringModelBuilder Builder(IEnumerable<OrganisationUnit> units, IEnumerable<LevelDefinition> levels, IEnumerable<Node> nodes, GeneratedModel model) =>
        new SteeringModelBuilder(Testby).AddUnits(units).AddLevels(levels).AddNodes(nodes).AddRules(model.Rules);

    private static SteeringModel BuildValid(SteeringModelBuilder builder)
    {
        var built = builder.TryBuild(out var model, out var problems);
        Assert.True(built, "A generated model should be valid:\n" + string.Join("\n", problems));
        return model!;
    }

    [Property]
    public Property Build_RandomValidModel_ReportsNoProblems() =>
        Prop.ForAll(ValidModels.ToArbitrary(), model =>
        {
            var problems = model.ToBuilder().Validate();
            Assert.True(problems.IsEmpty, string.Join("\n", problems));
        });

    [Fact]
    public void ValidModels_Sample_StaysModestAndHasContributionsAndRules()
    {
        var sample = ValidModels.Sample(50, new Rnd(20261125UL), 50);

        Assert.All(sample, m => Assert.InRange(m.Nodes.Length, 2, 200));
        Assert.Contains(sample, m => m.Nodes.Any(n => n.Contributions.Count > 0));
        Assert.Contains(sample, m => m.Nodes.Length > 60);
        Assert.Contains(sample, m => m.Rules.Length == 3);
        Assert.Contains(sample, m => m.Levels.Length == 5);
    }

    [Property]
    public Property Build_ElementsInAnyOrder_GivesEqualModelsWithEqualHashes()
    {
        var shuffled =
            from model in ValidModels
            from units in Gen.Shuffle(model.Units)
            from levels in Gen.Shuffle(model.Levels)
            from nodes in Gen.Shuffle(model.Nodes)
            from rules in Gen.Shuffle(model.Rules)
            select (model, units, levels, nodes, rules);

        return Prop.ForAll(shuffled.ToArbitrary(), x =>
        {
            var original = BuildValid(x.model.ToBuilder());
            var reordered = BuildValid(new SteeringModelBuilder(Testby).AddUnits(x.units).AddLevels(x.levels).AddNodes(x.nodes).AddRules(x.rules));

            Assert.Equal(original, reordered);
            Assert.True(original == reordered && !(original != reordered), "== and != should agree with Equals");
            Assert.Equal(original.GetHashCode(), reordered.GetHashCode());

            // Lists keep the order elements were added in.
            Assert.Equal(x.nodes, reordered.Nodes);
            Assert.Equal(x.units, reordered.Units);
        });
    }

    [Property]
    public Property ToBuilder_ValidModel_RebuildsAnEqualValidModel() =>
        Prop.ForAll(ValidModels.ToArbitrary(), generated =>
        {
            var model = BuildValid(generated.ToBuilder());

            Assert.Empty(model.ToBuilder().Validate());
            var rebuilt = BuildValid(model.ToBuilder());

            Assert.Equal(model, rebuilt);
            Assert.Equal(model.GetHashCode(), rebuilt.GetHashCode());
            Assert.Equal(model.Nodes, rebuilt.Nodes);
            Assert.Equal(model.Rules, rebuilt.Rules);
            Assert.All(model.Nodes, n => Assert.Equal(model.LinksFrom(n.Id), rebuilt.LinksFrom(n.Id)));
        });

    [Property]
    public Property Equals_OneNodeWeightChanged_IsFalse() =>
        Prop.ForAll(ValidModels.ToArbitrary(), Gen.Choose(0, 1_000_000).ToArbitrary(), (generated, pick) =>
        {
            var p = pick % generated.Nodes.Length;
            var changed = Replace(generated.Nodes, p, generated.Nodes[p] with { Weight = generated.Nodes[p].Weight + 1 });

            Assert.NotEqual(BuildValid(generated.ToBuilder()), BuildValid(Builder(generated.Units, generated.Levels, changed, generated)));
        });

    [Property]
    public Property Validate_SingleInjectedDefect_ReportsItsCodeAtItsNodeAndBuildFails() =>
        Prop.ForAll(
            ValidModels.ToArbitrary(),
            Gen.Elements(Enum.GetValues<Defect>()).ToArbitrary(),
            Gen.Choose(0, 1_000_000).ToArbitrary(),
            (generated, defect, pick) =>
            {
                var nodes = generated.Nodes;
                IEnumerable<ValidationProblem> problems;
                SteeringModelBuilder builder;
                if (defect == Defect.Cycle)
                {
                    (builder, problems) = InjectCycle(generated, pick);
                }
                else
                {
                    var (injected, expected) = Inject(nodes, generated.Levels, defect, pick);
                    builder = Builder(generated.Units, generated.Levels, injected, generated);
                    var all = builder.Validate();
                    Assert.True(all.Count == 1, $"Expected only {expected}, got:\n{string.Join("\n", all)}");
                    Assert.Equal(expected, (all[0].Code, all[0].Location));
                    Assert.Contains($"'{expected.Location.Id}'", all[0].Message, StringComparison.Ordinal);
                    problems = all;
                }

                Assert.False(builder.TryBuild(out var model, out var reported));
                Assert.Null(model);
                Assert.Equal(problems, reported);
                Assert.Equal(reported, Assert.Throws<ModelValidationException>(() => builder.Build()).Problems);
            });

    private static (Node[] Nodes, (string Code, ProblemLocation Location) Expected) Inject(Node[] nodes, LevelDefinition[] levels, Defect defect, int pick)
    {
        switch (defect)
        {
            case Defect.DanglingParent:
            {
                var candidates = Positions(nodes, n => n.ParentId is not null);
                var p = candidates[pick % candidates.Length];
                return (Replace(nodes, p, nodes[p] with { ParentId = "saknad-förälder" }),
                    (ProblemCodes.DanglingReference, new(ModelElement.Node, nodes[p].Id, p, "parent")));
            }

            case Defect.DuplicateNodeId:
            {
                // A copy inserted anywhere: the later of the two is the duplicate.
                var p = pick % nodes.Length;
                var at = pick / 7 % (nodes.Length + 1);
                var injected = nodes.ToList();
                injected.Insert(at, nodes[p] with { Title = "Kopia" });
                var original = at <= p ? p + 1 : p;
                return ([.. injected], (ProblemCodes.DuplicateId, new(ModelElement.Node, nodes[p].Id, Math.Max(at, original))));
            }

            case Defect.UnknownLevel:
            {
                var p = pick % nodes.Length;
                return (Replace(nodes, p, nodes[p] with { LevelId = "saknad-nivå" }),
                    (ProblemCodes.UnknownLevel, new(ModelElement.Node, nodes[p].Id, p, "level")));
            }

            case Defect.NegativeWeight:
            {
                var p = pick % nodes.Length;
                var node = nodes[p];
                var negative = -1.0 - (pick % 5);
                if (node.Contributions.Count > 0 && pick % 2 == 0)
                {
                    var k = pick / 2 % node.Contributions.Count;
                    Contribution[] contributions = [.. node.Contributions];
                    contributions[k] = contributions[k] with { Weight = negative };
                    return (Replace(nodes, p, node with { Contributions = [.. contributions] }),
                        (ProblemCodes.InvalidWeight, new(ModelElement.Node, node.Id, p, $"contributions[{k}].weight")));
                }

                return (Replace(nodes, p, node with { Weight = negative }),
                    (ProblemCodes.InvalidWeight, new(ModelElement.Node, node.Id, p, "weight")));
            }

            default:
            {
                // The generated owner kinds never include KF, and the deepest level always restricts its owners.
                var restricted = levels.Where(l => !l.OwnerKinds.IsEmpty).Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
                var candidates = Positions(nodes, n => restricted.Contains(n.LevelId));
                var p = candidates[pick % candidates.Length];
                return (Replace(nodes, p, nodes[p] with { OwnerId = "kf" }),
                    (ProblemCodes.OwnerNotAllowed, new(ModelElement.Node, nodes[p].Id, p, "owner")));
            }
        }
    }

    private static int[] Positions(Node[] nodes, Func<Node, bool> where) =>
        [.. Enumerable.Range(0, nodes.Length).Where(i => where(nodes[i]))];

    /// <summary>
    /// Turns an ancestor's parent link into a link to one of its descendants. Besides the cycle, only the ancestor's
    /// new parent breaks the level schema (a top node gets a parent, or a parent from a lower level).
    /// </summary>
    private static (SteeringModelBuilder, IEnumerable<ValidationProblem>) InjectCycle(GeneratedModel generated, int pick)
    {
        var nodes = generated.Nodes;
        var byId = nodes.Select((n, i) => (n, i)).ToDictionary(x => x.n.Id, x => x.i, StringComparer.Ordinal);
        var lower = Positions(nodes, n => n.ParentId is not null);
        var descendant = nodes[lower[pick % lower.Length]];
        var chain = new List<string>();
        for (var id = descendant.ParentId; id is not null; id = nodes[byId[id]].ParentId)
        {
            chain.Add(id);
        }

        var ancestor = byId[chain[pick / 3 % chain.Count]];
        var injected = Replace(nodes, ancestor, nodes[ancestor] with { ParentId = descendant.Id });
        var builder = Builder(generated.Units, generated.Levels, injected, generated);
        var problems = builder.Validate();
        var up = new GeneratedModel { Units = [], Levels = [], Nodes = injected, Rules = [] }.UpLinks();

        var schema = problems.Where(p => p.Code != ProblemCodes.Cycle).ToArray();
        var expectedCode = nodes[ancestor].ParentId is null ? ProblemCodes.UnexpectedParent : ProblemCodes.LevelNotAllowedUnderParent;
        Assert.True(schema.Length == 1, "Expected one schema problem beside the cycles, got:\n" + string.Join("\n", problems));
        Assert.Equal((expectedCode, new ProblemLocation(ModelElement.Node, nodes[ancestor].Id, ancestor, "parent")), (schema[0].Code, schema[0].Location));

        var cycles = problems.Where(p => p.Code == ProblemCodes.Cycle).ToArray();
        Assert.NotEmpty(cycles);
        foreach (var cycle in cycles)
        {
            AssertIsCycleThrough(cycle, up, injected, byId, nodes[ancestor].Id, descendant.Id);
        }

        return (builder, problems);
    }

    /// <summary>The reported path is a real cycle through the new link, starting and reported at its ordinally smallest id.</summary>
    private static void AssertIsCycleThrough(
        ValidationProblem problem, Dictionary<string, string[]> up, Node[] nodes, Dictionary<string, int> byId, string ancestor, string descendant)
    {
        const string Prefix = "cycle: ";
        var text = problem.Message;
        var start = text.IndexOf(Prefix, StringComparison.Ordinal);
        Assert.True(start >= 0 && text.EndsWith('.'), $"Expected the path in '{text}'");
        var path = text[(start + Prefix.Length)..^1].Split(" → ");

        Assert.True(path.Length >= 3, $"A cycle through two distinct nodes has at least three entries: {text}");
        Assert.Equal(path[0], path[^1]);
        for (var i = 0; i + 1 < path.Length; i++)
        {
            Assert.Contains(path[i + 1], up[path[i]]);
        }

        var links = path.Zip(path.Skip(1)).ToHashSet();
        Assert.Contains((ancestor, descendant), links);
        var smallest = path.Min(StringComparer.Ordinal)!;
        var first = nodes[byId[smallest]];
        var member = first.ParentId == path[1] ? "parent" : $"contributions[{first.Contributions.Select(c => c.TargetId).ToList().IndexOf(path[1])}].target";
        Assert.Equal(smallest, path[0]);
        Assert.Equal(new ProblemLocation(ModelElement.Node, smallest, byId[smallest], member), problem.Location);
    }

    [Property]
    public Property EquatableArray_EqualityAndHash_FollowContents() =>
        Prop.ForAll(Gen.Choose(0, 2).ArrayOf().Two().ToArbitrary(), pair =>
        {
            var (left, right) = pair;
            var a = left.ToEquatableArray();
            var b = EquatableArray.Create<int>(right);
            var same = left.SequenceEqual(right);

            Assert.Equal(same, a == b);
            Assert.Equal(same, a.Equals(b));
            Assert.Equal(same, a.Equals((object)b));
            Assert.Equal(!same, a != b);
            if (same)
            {
                Assert.Equal(a.GetHashCode(), b.GetHashCode());
            }
        });

    [Property]
    public void EquatableArray_CopyOfAnyStrings_IsEqualWithSameHash(string?[] items)
    {
        EquatableArray<string?> a = [.. items];
        var b = items.Select(s => s is null ? null : new string(s.AsSpan())).ToEquatableArray();

        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(items.Length, b.Count);
    }

    [Property]
    public void EquatableArray_CopyOfAnyDoubles_IsEqualWithSameHash(double[] items)
    {
        var a = items.ToEquatableArray();
        var b = EquatableArray.Create<double>([.. items]);

        Assert.True(a.Equals(b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Property]
    public void EquatableArray_OneElementChanged_IsNotEqual(int[] items, int position)
    {
        if (items.Length == 0)
        {
            Assert.NotEqual(EquatableArray.Create<int>([0]), items.ToEquatableArray());
            return;
        }

        var changed = (int[])items.Clone();
        var p = (int)(unchecked((uint)position) % (uint)items.Length);
        changed[p] ^= 1;

        Assert.NotEqual(items.ToEquatableArray(), changed.ToEquatableArray());
        Assert.NotEqual(items.ToEquatableArray(), items.Append(0).ToEquatableArray());
    }

    [Fact]
    public void EquatableArray_DefaultAndEmpty_AreEqualWithSameHash()
    {
        EquatableArray<string> fromExpression = [];
        var fromEnumerable = Array.Empty<string>().ToEquatableArray();

        Assert.Equal(default, fromExpression);
        Assert.Equal(EquatableArray<string>.Empty, fromEnumerable);
        Assert.Equal(default(EquatableArray<string>).GetHashCode(), fromEnumerable.GetHashCode());
        Assert.True(default(EquatableArray<string>).IsEmpty);
    }
}
