using Ardalis.GuardClauses;
using Styrmodell.Collections;

namespace Styrmodell.Evaluation.Rules;

/// <summary>
/// The weighted share of met inputs decides, by thresholds — e.g. "uppfyllt when ≥ 75 % of the indicators are met,
/// delvis uppfyllt when ≥ 50 %"; below every threshold, the scale's worst category. The score is the share.
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record ShareMetRule : RollUpRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="thresholds">The thresholds, in any order; the highest share reached wins.</param>
    /// <exception cref="ArgumentException"><paramref name="thresholds"/> is empty.</exception>
    public ShareMetRule(EquatableArray<ShareThreshold> thresholds)
    {
        Guard.Against.InvalidInput(thresholds, nameof(thresholds), t => !t.IsEmpty, "A share rule needs at least one threshold.");
        Thresholds = thresholds;
    }

    /// <summary>Gets the thresholds.</summary>
    public EquatableArray<ShareThreshold> Thresholds { get; }

    internal override RuleOutcome Apply(in RollUpInputs x, bool explain)
    {
        var (share, met) = ShareMet(x.Used, x.Scale);
        ShareThreshold? reached = null;
        foreach (var threshold in Thresholds)
        {
            if (share >= threshold.MinimumShare && (reached is null || threshold.MinimumShare > reached.MinimumShare))
            {
                reached = threshold;
            }
        }

        var category = reached is null ? x.Scale.Categories.Count - 1 : x.Scale.IndexOf(reached.CategoryId);
        var why = !explain ? null : new RuleStep(RuleKind.ShareMet, x.Used.Length, share)
        {
            Met = met,
            Share = share,
            ThresholdReached = reached?.MinimumShare,
            LowestThreshold = Thresholds.Min(t => t.MinimumShare),
        };
        return new(category, share, why);
    }
}
