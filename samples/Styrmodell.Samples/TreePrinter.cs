using Styrmodell.Model;
using Styrmodell.Samples.Seeds;

namespace Styrmodell.Samples;

/// <summary>
/// Writes a model's hierarchy as an indented tree, with each node's level name and owner; a <c>*</c> after a title marks
/// a node its seed does not give (its description starts with <see cref="Illustrative.Prefix"/>).
/// </summary>
public static class TreePrinter
{
    /// <summary>Writes the tree of <paramref name="model"/>, top nodes first, children in the order added.</summary>
    /// <param name="model">The model.</param>
    /// <param name="output">Where the tree goes.</param>
    public static void Write(SteeringModel model, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(output);
        var pending = new Stack<(Node Node, int Depth)>();
        foreach (var root in model.Roots().Reverse())
        {
            pending.Push((root, 0));
        }

        while (pending.TryPop(out var item))
        {
            var (node, depth) = item;
            var owner = node.OwnerId is null ? "" : $" — {model.FindUnit(node.OwnerId)?.Name}";
            var also = node.Contributions.Count == 0
                ? ""
                : " (bidrar även till " + string.Join(", ", node.Contributions.Select(c => c.TargetId)) + ")";
            var invented = node.Description?.StartsWith(Illustrative.Prefix, StringComparison.Ordinal) == true ? " *" : "";
            output.WriteLine($"{new string(' ', 2 + (2 * depth))}[{model.LevelOf(node.Id).Name}] {node.Title}{invented}{owner}{also}");
            foreach (var child in model.ChildrenOf(node.Id).Reverse())
            {
                pending.Push((child, depth + 1));
            }
        }
    }
}
