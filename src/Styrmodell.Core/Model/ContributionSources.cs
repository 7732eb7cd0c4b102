namespace Styrmodell.Model;

/// <summary>The indicators whose outcomes make up an indicator's, through <see cref="Targets.Indicator.Contributors"/>.</summary>
internal static class ContributionSources
{
    /// <summary>
    /// Every contributor of indicator i down the chain, each once, and each indicator with contributors itself only when
    /// <paramref name="includeOwnOutcome"/> (one without contributors has only its own): the evaluation sums these, and
    /// the document's warnings look for an outcome among them.
    /// </summary>
    public static List<int> Of(ModelIndex index, int i, bool includeOwnOutcome)
    {
        var sources = new List<int>();
        var seen = new HashSet<int>();
        var pending = new Stack<int>();
        pending.Push(i);
        while (pending.TryPop(out var s))
        {
            if (!seen.Add(s))
            {
                continue; // a valid model has no cycle; this keeps the walk finite and counts each once
            }

            var contributors = index.Indicators[s].Contributors;
            if (contributors.IsEmpty || includeOwnOutcome)
            {
                sources.Add(s);
            }

            foreach (var id in contributors)
            {
                pending.Push(index.IndicatorIndex[id]);
            }
        }

        return sources;
    }
}
