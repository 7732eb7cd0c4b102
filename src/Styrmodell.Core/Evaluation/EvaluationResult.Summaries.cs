using Styrmodell.Model;

namespace Styrmodell.Evaluation;

public sealed partial class EvaluationResult
{
    /// <summary>
    /// Counts the nodes of assessed roles (see <see cref="EvaluationOptions.AssessedRoles"/>) per category, per group;
    /// target areas themselves are counted only when grouping by level or owner.
    /// </summary>
    /// <param name="grouping">How to group.</param>
    /// <returns>
    /// One row per group and category that has nodes, groups in first-seen order, categories in scale order (not
    /// assessed last, not-concerned nodes included).
    /// </returns>
    public IReadOnlyList<CategoryCount> Summarise(SummaryGrouping grouping)
    {
        var index = Model.Index;
        var assessed = Options.AssessedRoles;
        var counts = new Dictionary<(string, int), int>();
        var groups = new List<string>();
        void Count(string group, int category)
        {
            if (!counts.ContainsKey((group, int.MinValue)))
            {
                counts[(group, int.MinValue)] = 0;
                groups.Add(group);
            }

            counts[(group, category)] = counts.GetValueOrDefault((group, category)) + 1;
        }

        for (var n = 0; n < index.Nodes.Length; n++)
        {
            var role = index.Levels[index.LevelOf[n]].Role;
            if (!assessed.AsSpan().Contains(role))
            {
                continue;
            }

            var category = Math.Max(Stored(n).Category, -1); // not concerned counts as not assessed
            switch (grouping)
            {
                case SummaryGrouping.Level:
                    Count(index.Levels[index.LevelOf[n]].Name, category);
                    break;
                case SummaryGrouping.Owner when index.OwnerOf[n] >= 0:
                    Count(index.Units[index.OwnerOf[n]].Name, category);
                    break;
                case SummaryGrouping.TargetArea when role != LevelRole.TargetArea:
                    foreach (var area in AreasFed(n))
                    {
                        Count(index.Nodes[area].Title, category);
                    }

                    break;
            }
        }

        var order = Enumerable.Range(0, Options.Scale.Categories.Count).Append(-1).ToArray();
        return [.. groups.SelectMany(g => order.Where(c => counts.ContainsKey((g, c))).Select(c => new CategoryCount(g, Category(c), counts[(g, c)])))];
    }

    private HashSet<int> AreasFed(int start)
    {
        var index = Model.Index;
        var found = new HashSet<int>();
        index.CollectAncestors(start, up => index.Levels[index.LevelOf[up]].Role == LevelRole.TargetArea, found);
        return found;
    }
}
