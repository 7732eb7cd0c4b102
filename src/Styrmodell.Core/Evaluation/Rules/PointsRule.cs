namespace Styrmodell.Evaluation.Rules;

/// <summary>
/// Points-based scoring: each input's link weight is the points it can earn, its score the share of them it earned, and
/// the node earns the sum — its score is awarded points ÷ available points. An input that is not concerned earns
/// nothing and its points are either shared out in equal shares (not by weight) among its concerned siblings with
/// points, when <see cref="ShareOutNotConcerned"/>, or lost, so that the node's available points shrink; a node's
/// lost points shrink its own weight in a points roll-up above it. Every input not concerned: the node is not concerned.
/// </summary>
/// <remarks>
/// This reproduces territoires-en-transitions' action scores, where not-concerned points are shared out only below the
/// "action" level: assign the rule with <see cref="ShareOutNotConcerned"/> to the levels whose children share, and
/// without it to the levels above. See docs/presets.md.
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record PointsRule : RollUpRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="shareOutNotConcerned">Whether not-concerned inputs' points go to their siblings in equal shares.</param>
    public PointsRule(bool shareOutNotConcerned) => ShareOutNotConcerned = shareOutNotConcerned;

    /// <summary>Gets whether not-concerned inputs' points go to their concerned siblings with points, in equal shares.</summary>
    public bool ShareOutNotConcerned { get; }

    /// <summary>Whether an input with this potential receives shared-out points: only one with a potential does.</summary>
    internal static bool IsReceiver(double potential) => potential > 0;

    /// <summary>What each receiver gets of the not-concerned inputs' potential: equal shares, when shared out at all.</summary>
    internal static double ShareEach(bool shareOut, double notConcernedPotential, int receivers) =>
        shareOut && receivers > 0 ? notConcernedPotential / receivers : 0.0;

    /// <summary>An input's points in the roll-up: its potential, and a receiver's share of the shared-out points.</summary>
    internal static double WithShare(double potential, double share) => potential + (IsReceiver(potential) ? share : 0.0);

    internal override RuleOutcome Apply(in RollUpInputs x, bool explain)
    {
        // Everything is summed in the inputs' canonical order, so no result depends on the model's order. An input's
        // potential is its points × its available share (after a personalised factor; a not-concerned input's share is
        // its factor): what a not-concerned input shares out is its potential, and only inputs with a potential receive,
        // as territoires-en-transitions shares out after personalising.
        double outOfScope = 0, nominal = 0, points = 0;
        var receivers = 0;
        foreach (var input in x.NotConcerned)
        {
            outOfScope += input.Weight * input.Available;
            nominal += input.Weight;
        }

        foreach (var input in x.Used)
        {
            points += input.Weight;
            receivers += IsReceiver(input.Weight * input.Available) ? 1 : 0;
        }

        var share = ShareEach(ShareOutNotConcerned, outOfScope, receivers);
        double available = 0, awarded = 0;
        foreach (var input in x.Used)
        {
            var own = WithShare(input.Weight * input.Available, share);
            available += own;
            awarded += own * input.Score;
        }

        if (available <= 0)
        {
            return RuleOutcome.NotAssessed(NotAssessedReason.NoPointsAvailable, explain);
        }

        var score = awarded / available;
        score = x.Clamp ? Math.Clamp(score, 0.0, 1.0) : score;
        var why = !explain ? null : new RuleStep(RuleKind.Points, x.Used.Length, score)
        {
            PointsAvailable = available,
            PointsAwarded = awarded,
            NotConcernedPoints = x.NotConcerned.Length == 0 ? null : outOfScope,
            SharedOutEach = share > 0 ? share : null,
            Receivers = share > 0 ? receivers : null,
        };
        return new(x.Scale.IndexFor(score), score, why, available / (points + nominal));
    }
}
