using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Styrmodell.Evaluation;
using Styrmodell.Evaluation.Rules;
using Styrmodell.Model;
using Styrmodell.Targets;
using static Styrmodell.Tests.Evaluation.EvaluationFixture;
using Outcome = Styrmodell.Targets.Outcome;

namespace Styrmodell.Tests.Evaluation;

public class GoalEvaluatorProperties
{
    /// <summary>A random model: areas → KF goals → indicators (higher is better, target 50), some goals contributing to a second area.</summary>
    private sealed record Case(int Areas, int Goals, int[] Outcomes, int Seed)
    {
        public SteeringModelBuilder Builder(double weightScale = 1, bool shuffle = false, Dictionary<int, int>? changed = null)
        {
            var random = new Random(Seed);
            var nodes = new List<Node>();
            var indicators = new List<Indicator>();
            var outcomes = new List<Outcome>();
            for (var a = 0; a < Areas; a++)
            {
                nodes.Add(new Node(Id("a", a), "omrade", "Område"));
            }

            for (var g = 0; g < Goals; g++)
            {
                var area = g < Areas ? g : random.Next(Areas); // every area has a goal
                var other = random.Next(Areas);
                nodes.Add(new Node(Id("g", g), "kf-mal", "Mål")
                {
                    ParentId = Id("a", area),
                    Weight = weightScale * (1 << random.Next(3)),
                    Contributions = other != area ? [new Contribution(Id("a", other), weightScale * (1 << random.Next(3)))] : [],
                });
            }

            for (var i = 0; i < Outcomes.Length; i++)
            {
                var id = Id("i", i);
                nodes.Add(new Node(id, "ind", "Indikator") { ParentId = Id("g", i < Goals ? i : random.Next(Goals)), Weight = weightScale * (1 << random.Next(3)) });
                indicators.Add(new Indicator(id, MeasureUnit.Percent, Direction.HigherIsBetter)
                {
                    Targets = [new TargetValue(TargetScope.Year(2024), new AbsoluteLevel(50m), Kf)],
                });
                var value = changed is not null && changed.TryGetValue(i, out var v) ? v : Outcomes[i];
                if (value >= 0)
                {
                    outcomes.Add(new Outcome(id, Year2024, MeasuredValue.Of(value)));
                }
            }

            var order = new Random(Seed + 1);
            T[] Maybe<T>(List<T> items) => shuffle ? [.. items.OrderBy(_ => order.Next())] : [.. items];
            return new SteeringModelBuilder(new Municipality("Testby kommun", "0001"))
                .AddLevel(new LevelDefinition("omrade", "Område", LevelRole.TargetArea))
                .AddLevel(new LevelDefinition("kf-mal", "KF-mål", LevelRole.Goal) { ParentLevelIds = ["omrade"] })
                .AddLevel(new LevelDefinition("ind", "Indikator", LevelRole.Indicator) { ParentLevelIds = ["kf-mal"] })
                .AddNodes(Maybe(nodes)).AddIndicators(Maybe(indicators)).AddOutcomes(Maybe(outcomes));
        }

        private static string Id(string prefix, int n) => prefix + n.ToString(CultureInfo.InvariantCulture);
    }

    private static Arbitrary<Case> Cases =>
        (from areas in Gen.Choose(1, 4)
         from goals in Gen.Choose(areas, 8)
         from outcomes in Gen.Choose(-1, 80).ArrayOf().Where(a => a.Length >= goals && a.Length <= 30)
         from seed in Gen.Choose(0, 100_000)
         select new Case(areas, goals, outcomes, seed)).ToArbitrary();

    private static readonly RollUpRule[] MonotoneRules =
        [new WeightedMeanRule(), new WorstOfRule(), new BestOfRule(), new ShareMetRule([new("uppfyllt", 0.75), new("delvis-uppfyllt", 0.5)]), new AllMetRule(), new MajorityRule(),
            new MeanRule(), new PointsRule(shareOutNotConcerned: true)];

    private static Arbitrary<RollUpRule> Rules => Gen.Elements(MonotoneRules).ToArbitrary();

    private static EvaluationResult Evaluate(SteeringModel model, RollUpRule rule, MissingDataPolicy policy = MissingDataPolicy.Exclude) =>
        GoalEvaluator.Evaluate(model, Year2024, AsOf, new EvaluationOptions { DefaultRule = rule, MissingData = policy });

    private static (string, string, double?, double)[] Snapshot(EvaluationResult result) =>
        [.. result.All().Select(r => (r.NodeId, r.Category.Id, r.Score, r.Coverage)).OrderBy(r => r.NodeId, StringComparer.Ordinal)];

    [Property]
    public Property Result_IsIndependentOfInputOrder() =>
        Prop.ForAll(Cases, Rules, (c, rule) =>
            Snapshot(Evaluate(c.Builder().Build(), rule)).SequenceEqual(Snapshot(Evaluate(c.Builder(shuffle: true).Build(), rule))));

    [Property]
    public Property ScalingAllWeights_ChangesNothing() =>
        Prop.ForAll(Cases, Rules, Gen.Elements(0.25, 2.0, 8.0).ToArbitrary(), (c, rule, scale) =>
            Snapshot(Evaluate(c.Builder().Build(), rule)).SequenceEqual(Snapshot(Evaluate(c.Builder(scale).Build(), rule))));

    [Property]
    public Property ImprovingAnOutcome_NeverLowersAnyNode() =>
        Prop.ForAll(Cases, Rules, Pairs(1, 40), (c, rule, change) =>
        {
            var (pick, gain) = change;
            var i = pick % c.Outcomes.Length;
            if (c.Outcomes[i] < 0)
            {
                return true; // a missing outcome has no direction to improve in
            }

            var before = Evaluate(c.Builder().Build(), rule);
            var after = Evaluate(c.Builder(changed: new Dictionary<int, int> { [i] = c.Outcomes[i] + gain }).Build(), rule);
            return before.All().Zip(after.All()).All(p =>
                p.First.Category.Id == "ej-bedomt" || Rank(after, p.Second) <= Rank(before, p.First));
        });

    [Property]
    public Property AllDataPresent_EveryMissingDataPolicyAgrees() =>
        Prop.ForAll(Cases, Rules, (c, rule) =>
        {
            var complete = c with { Outcomes = [.. c.Outcomes.Select(o => Math.Max(o, 0))] };
            var model = complete.Builder().Build();
            var exclude = Snapshot(Evaluate(model, rule, MissingDataPolicy.Exclude));
            return exclude.SequenceEqual(Snapshot(Evaluate(model, rule, MissingDataPolicy.CountAsNotMet)))
                && exclude.SequenceEqual(Snapshot(Evaluate(model, rule, MissingDataPolicy.PropagateUnknown)))
                && exclude.SequenceEqual(Snapshot(Evaluate(model, rule, MissingDataPolicy.CountAsZero)));
        });

    [Property]
    public Property Incremental_EqualsFull() =>
        Prop.ForAll(Cases, Rules, Pairs(-1, 80), (c, rule, change) =>
        {
            var (pick, value) = change;
            var model = c.Builder().Build();
            var id = "i" + (pick % c.Outcomes.Length).ToString(CultureInfo.InvariantCulture);
            var outcome = new Outcome(id, Year2024, value < 0 ? null : MeasuredValue.Of(value));
            var incremental = Evaluate(model, rule).WithOutcome(outcome);
            var full = Evaluate(incremental.Model, rule);
            return Snapshot(incremental).SequenceEqual(Snapshot(full))
                && incremental.All().Zip(full.All()).All(p => p.First.Explanation == p.Second.Explanation);
        });

    /// <summary>An indicator pick and a value in [low, high].</summary>
    private static Arbitrary<(int, int)> Pairs(int low, int high) =>
        (from pick in Gen.Choose(0, 1000) from value in Gen.Choose(low, high) select (pick, value)).ToArbitrary();

    /// <summary>Position on the scale, best first; not assessed ranks last.</summary>
    private static int Rank(EvaluationResult result, NodeResult node)
    {
        var i = result.Options.Scale.IndexOf(node.Category.Id);
        return i < 0 ? int.MaxValue : i;
    }
}
