namespace Styrmodell.Model;

/// <summary>The order in which a model's nodes can be evaluated: every node after all nodes that feed it.</summary>
internal static class BottomUp
{
    /// <summary>
    /// Orders nodes so that every node comes after all nodes that feed it: by height (the longest chain of links
    /// below a node), then by position, so that each height is walked in storage order. O(nodes + links).
    /// </summary>
    public static int[] Order(SteeringModel model)
    {
        var index = model.Index;
        var count = index.Nodes.Length;
        var waiting = new int[count];
        var kahn = new int[count];
        var height = new int[count];
        var tail = 0;
        for (var n = 0; n < count; n++)
        {
            waiting[n] = model.DownStart[n + 1] - model.DownStart[n];
            if (waiting[n] == 0)
            {
                kahn[tail++] = n;
            }
        }

        var maxHeight = 0;
        for (var head = 0; head < tail; head++)
        {
            var n = kahn[head];
            for (var e = index.UpStart[n]; e < index.UpStart[n + 1]; e++)
            {
                var up = index.UpTarget[e];
                height[up] = Math.Max(height[up], height[n] + 1);
                maxHeight = Math.Max(maxHeight, height[up]);
                if (--waiting[up] == 0)
                {
                    kahn[tail++] = up;
                }
            }
        }

        // Counting sort by height keeps positions ascending within each height.
        var start = new int[maxHeight + 2];
        for (var n = 0; n < count; n++)
        {
            start[height[n] + 1]++;
        }

        for (var h = 0; h <= maxHeight; h++)
        {
            start[h + 1] += start[h];
        }

        var order = new int[count];
        for (var n = 0; n < count; n++)
        {
            order[start[height[n]]++] = n;
        }

        return order;
    }
}
