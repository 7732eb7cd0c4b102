using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Styrmodell.Evaluation;
using Styrmodell.Model;
using Styrmodell.Targets;
using static Styrmodell.Tests.Evaluation.DerivedIndicators;
using static Styrmodell.Tests.Evaluation.EvaluationFixture;
using Outcome = Styrmodell.Targets.Outcome;

namespace Styrmodell.Tests.Evaluation;

/// <summary>Laws of derived indicators (issue 19): order-independent, and linear formulas commute with sums.</summary>
public class FormulaProperties
{
    /// <summary>A weighted sum Σ wₖ × xₖ over inputs xₖ (value in cents, or missing when negative), some optional; weights in hundredths.</summary>
    private sealed record Case(int[] Weights, int[] Values, bool[] Optional, int Seed)
    {
        public static string Id(int k) => "x" + k.ToString(CultureInfo.InvariantCulture);

        public Formula.Sum Formula(bool shuffle)
        {
            var terms = Weights.Select((w, k) => (Formula)new Formula.Product(C(w / 100m), new Formula.Input(Id(k), Optional[k]))).ToList();
            var order = new Random(Seed);
            return new Formula.Sum(shuffle ? [.. terms.OrderBy(_ => order.Next())] : terms);
        }

        public SteeringModel Model(bool shuffle)
        {
            var nodes = new List<Node> { new("d", "ind", "d") { ParentId = "kf" } };
            var indicators = new List<Indicator>
            {
                new("d", MeasureUnit.Count, Direction.HigherIsBetter) { Formula = Formula(shuffle), Targets = [new TargetValue(TargetScope.Year(2024), new AbsoluteLevel(100m), Kf)] },
            };
            var outcomes = new List<Outcome>();
            for (var k = 0; k < Values.Length; k++)
            {
                nodes.Add(new Node(Id(k), "ind", Id(k)) { ParentId = "kf" });
                indicators.Add(new Indicator(Id(k), MeasureUnit.Count, Direction.HigherIsBetter));
                if (Values[k] >= 0)
                {
                    outcomes.Add(new Outcome(Id(k), Year2024, MeasuredValue.Of(Values[k] / 100m)));
                }
            }

            var order = new Random(Seed + 1);
            T[] Maybe<T>(List<T> items) => shuffle ? [.. items.OrderBy(_ => order.Next())] : [.. items];
            return Builder().AddNodes(Maybe(nodes)).AddIndicators(Maybe(indicators)).AddOutcomes(Maybe(outcomes)).Build();
        }
    }

    private static Arbitrary<Case> Cases =>
        (from n in Gen.Choose(1, 8)
         from weights in Gen.Choose(-500, 500).ArrayOf(n)
         from values in Gen.Choose(-1, 100_000).ArrayOf(n)
         from optional in Gen.Elements(false, true).ArrayOf(n)
         from seed in Gen.Choose(0, 100_000)
         select new Case(weights, values, optional, seed)).ToArbitrary();

    private static NodeResult D(SteeringModel model) => GoalEvaluator.Evaluate(model, Year2024, AsOf)["d"];

    [Property(MaxTest = 200)]
    public Property ShufflingTermsAndModelOrder_ChangesNothing() =>
        Prop.ForAll(Cases, c =>
        {
            var (plain, shuffled) = (D(c.Model(shuffle: false)), D(c.Model(shuffle: true)));
            var (a, b) = (plain.Explanation.Find<FormulaStep>()!, shuffled.Explanation.Find<FormulaStep>()!);

            Assert.Equal(plain.Value, shuffled.Value);
            Assert.Equal(plain.Score, shuffled.Score);
            Assert.Equal((a.Finding, a.Inputs), (b.Finding, b.Inputs));
        });

    [Property(MaxTest = 200)]
    public Property WeightedSum_IsTheHandComputedSum_OrMissingByTheRules() =>
        Prop.ForAll(Cases, c =>
        {
            var value = D(c.Model(shuffle: false)).Value;
            var required = Enumerable.Range(0, c.Values.Length).Where(k => !c.Optional[k]);
            var expected = required.Any(k => c.Values[k] < 0) || c.Values.All(v => v < 0) ? (decimal?)null
                : c.Weights.Zip(c.Values, (w, v) => v < 0 ? 0m : w / 100m * (v / 100m)).Sum();

            Assert.Equal(expected, value);
        });

    /// <summary>Linear formulas commute with sums: f(a + b) = f(a) + f(b), with a + b itself derived.</summary>
    [Property(MaxTest = 100)]
    public Property SumOfDerived_IsDerivedOfSums() =>
        Prop.ForAll(Cases, Gen.Choose(0, 100_000).ArrayOf().ToArbitrary(), (c, others) =>
        {
            var n = c.Weights.Length;
            var b = Enumerable.Range(0, n).Select(k => others.Length > 0 ? others[k % others.Length] : k).ToArray();
            Formula.Sum Weighted(string prefix) => new Formula.Sum(c.Weights.Select((w, k) => (Formula)new Formula.Product(C(w / 100m), Val(prefix + k.ToString(CultureInfo.InvariantCulture)))));
            var builder = Builder();
            for (var k = 0; k < n; k++)
            {
                var id = k.ToString(CultureInfo.InvariantCulture);
                builder.Indicator("a" + id, Direction.HigherIsBetter, 1m, Math.Abs(c.Values[k]) / 100m).Indicator("b" + id, Direction.HigherIsBetter, 1m, b[k] / 100m)
                    .AddNode(new Node("s" + id, "ind", "s") { ParentId = "kf" })
                    .AddIndicator(new Indicator("s" + id, MeasureUnit.Count, Direction.HigherIsBetter) { Formula = new Formula.Sum(Val("a" + id), Val("b" + id)) });
            }

            foreach (var prefix in new[] { "a", "b", "s" })
            {
                builder.AddNode(new Node("f" + prefix, "ind", "f") { ParentId = "kf" })
                    .AddIndicator(new Indicator("f" + prefix, MeasureUnit.Count, Direction.HigherIsBetter) { Formula = Weighted(prefix) });
            }

            var result = GoalEvaluator.Evaluate(builder.Build(), Year2024, AsOf);

            Assert.Equal(result["fa"].Value + result["fb"].Value, result["fs"].Value);
        });
}
