using System.Globalization;
using Styrmodell.Model;

namespace Styrmodell.Benchmarks.Generation;

/// <summary>
/// Generates a national-scale steering model deterministically: six levels (vision → område → KF-mål → nämndmål →
/// indikator → aktivitet), each node under a parent one level up, about a tenth of the nodes contributing to one or
/// two further nodes at the parent level, owners drawn from a few thousand units.
/// </summary>
public static class ModelGenerator
{
    private static readonly string[] LevelIds = ["vision", "omrade", "kf-mal", "namnd-mal", "indikator", "aktivitet"];

    /// <summary>Generates a model with <paramref name="nodeCount"/> nodes.</summary>
    /// <param name="nodeCount">The number of nodes, at least 1,000.</param>
    /// <param name="seed">The random seed; the same seed gives the same model.</param>
    /// <returns>The model's elements.</returns>
    public static GeneratedModel Generate(int nodeCount, int seed = 2026)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nodeCount, 1_000);
        var random = new Random(seed);
        var units = Units(nodeCount / 300);
        var levels = Levels();

        // Level sizes grow downward: 1 vision, 5 areas, 50 KF goals, 0.2 % committee goals, 30 % indicators, the rest activities.
        var committeeGoals = Math.Max(100, nodeCount / 500);
        var indicators = (int)(nodeCount * 0.3);
        int[] sizes = [1, 5, 50, committeeGoals, indicators, nodeCount - 56 - committeeGoals - indicators];
        var nodes = new Node[nodeCount];
        var levelStart = 0;
        var n = 0;
        for (var level = 0; level < sizes.Length; level++)
        {
            var parentStart = level == 0 ? 0 : levelStart - sizes[level - 1];
            var parentCount = level == 0 ? 0 : sizes[level - 1];
            for (var i = 0; i < sizes[level]; i++, n++)
            {
                nodes[n] = MakeNode(random, n, level, parentStart, parentCount, units);
            }

            levelStart += sizes[level];
        }

        return new GeneratedModel(new Municipality("Riket (genererad)", "0000"), units, levels, nodes);
    }

    private static Node MakeNode(Random random, int n, int level, int parentStart, int parentCount, OrganisationUnit[] units)
    {
        var node = new Node(Id(n), LevelIds[level], "Nod " + n.ToString(CultureInfo.InvariantCulture))
        {
            OwnerId = level < 3 ? units[0].Id : units[1 + random.Next(units.Length - 1)].Id,
        };
        if (level == 0)
        {
            return node;
        }

        var parent = parentStart + random.Next(parentCount);
        node = node with { ParentId = Id(parent) };
        if (parentCount > 2 && random.Next(10) == 0)
        {
            var extra = 1 + random.Next(2);
            var targets = new Contribution[extra];
            for (var k = 0; k < extra; k++)
            {
                // Step away from the parent so no link repeats it.
                targets[k] = new Contribution(Id(parentStart + ((parent - parentStart + 1 + k) % parentCount)), 0.5);
            }

            node = node with { Contributions = [.. targets], Tags = [new NodeTag("agenda2030", "11")] };
        }

        return node;
    }

    private static OrganisationUnit[] Units(int count)
    {
        var units = new OrganisationUnit[Math.Max(count, 10)];
        units[0] = new OrganisationUnit("kf", "Kommunfullmäktige", UnitKinds.Council);
        for (var u = 1; u < units.Length; u++)
        {
            var id = "u" + u.ToString("D5", CultureInfo.InvariantCulture);
            units[u] = new OrganisationUnit(id, "Enhet " + u.ToString(CultureInfo.InvariantCulture), UnitKinds.Unit) { ParentId = "kf" };
        }

        return units;
    }

    private static LevelDefinition[] Levels() =>
    [
        new("vision", "Vision", LevelRole.Vision),
        new("omrade", "Strategiskt område", LevelRole.TargetArea) { ParentLevelIds = ["vision"] },
        new("kf-mal", "KF-mål", LevelRole.Goal) { ParentLevelIds = ["omrade"] },
        new("namnd-mal", "Nämndmål", LevelRole.Goal) { ParentLevelIds = ["kf-mal"] },
        new("indikator", "Indikator", LevelRole.Indicator) { ParentLevelIds = ["namnd-mal"] },
        new("aktivitet", "Aktivitet", LevelRole.Activity) { ParentLevelIds = ["indikator"] },
    ];

    private static string Id(int n) => "n" + n.ToString("D7", CultureInfo.InvariantCulture);
}
