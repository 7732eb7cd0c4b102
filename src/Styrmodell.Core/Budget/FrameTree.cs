using Styrmodell.Collections;

namespace Styrmodell.Budget;

/// <summary>
/// The frames of a budget as a tree: each frame's position by id (first occurrence) and its parent's position. Walks
/// up stop after as many steps as there are frames, so a cycle (which the validator reports) cannot loop.
/// </summary>
internal sealed class FrameTree
{
    public FrameTree(EquatableArray<BudgetFrame> frames)
    {
        Frames = frames;
        Index = new Dictionary<string, int>(frames.Count, StringComparer.Ordinal);
        for (var i = 0; i < frames.Count; i++)
        {
            Index.TryAdd(frames[i].Id, i);
        }

        Parent = new int[frames.Count];
        for (var i = 0; i < frames.Count; i++)
        {
            Parent[i] = frames[i].ParentId is { } p && Index.TryGetValue(p, out var at) ? at : -1;
        }
    }

    public EquatableArray<BudgetFrame> Frames { get; }

    public Dictionary<string, int> Index { get; }

    /// <summary>Each frame's parent position, or -1 for a frame without (or with an unknown) parent.</summary>
    public int[] Parent { get; }

    public int Find(string id) => Index.TryGetValue(id, out var at) ? at : -1;

    /// <summary>
    /// Finds a frame, first trying the one found last: outcomes and forecasts usually come frame by frame (twelve
    /// months of one unit), and comparing with the last id is cheaper than hashing it.
    /// </summary>
    public int Find(string id, ref (string? Id, int At) last)
    {
        if (!string.Equals(id, last.Id, StringComparison.Ordinal))
        {
            last = (id, Find(id));
        }

        return last.At;
    }

    /// <summary>The frame itself and every frame above it, nearest first.</summary>
    public IEnumerable<int> SelfAndAncestors(int frame)
    {
        for (var (at, steps) = (frame, 0); at >= 0 && steps <= Parent.Length; at = Parent[at], steps++)
        {
            yield return at;
        }
    }

    /// <summary>Whether <paramref name="ancestor"/> lies strictly above <paramref name="frame"/>.</summary>
    public bool IsBelow(int frame, int ancestor) => SelfAndAncestors(frame).Skip(1).Contains(ancestor);

    /// <summary>Whether walking up from the frame comes back to it.</summary>
    public bool InCycle(int frame) => SelfAndAncestors(frame).Skip(1).Contains(frame);

    /// <summary>Adds <paramref name="amount"/> to the frame and every frame above it.</summary>
    public void AddUp(decimal[] totals, int frame, decimal amount)
    {
        // A plain loop, not SelfAndAncestors: this runs once per outcome, and must not allocate.
        for (var (at, steps) = (frame, 0); at >= 0 && steps <= Parent.Length; at = Parent[at], steps++)
        {
            totals[at] += amount;
        }
    }

    /// <summary>Each frame's depth (1 for a frame without parent), each computed once from its parent's.</summary>
    public int[] Depths()
    {
        var depth = new int[Parent.Length];
        for (var i = 0; i < depth.Length; i++)
        {
            // Walk up to the first frame whose depth is known, then fill in the way back down.
            var path = 0;
            var at = i;
            while (at >= 0 && depth[at] == 0 && path <= Parent.Length)
            {
                at = Parent[at];
                path++;
            }

            var known = at >= 0 ? depth[at] : 0;
            for (var (k, d) = (i, known + path); k != at && d > 0; k = Parent[k], d--)
            {
                depth[k] = d;
            }
        }

        return depth;
    }
}
