using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Styrmodell.Budget;
using Styrmodell.Time;
using Styrmodell.Validation;
using static Styrmodell.Tests.Budget.ArbogaBudget;

namespace Styrmodell.Tests.Budget;

/// <summary>The budget's arithmetic laws, over generated budgets: exact distributions, totals as sums of parts, reallocations that keep totals, order independence.</summary>
public class BudgetProperties
{
    private static decimal Money(int hundredths) => hundredths / 100m;

    private static readonly string[] Units = ["ks", "bun", "son", "aldre", "ifo"];

    /// <summary>Committees' frames, each split into parts, with forecasts on some parts and outcomes per month.</summary>
    private static readonly Gen<BudgetRecord> Budgets =
        from top in Gen.Choose(1, 5)
        from parts in Gen.Choose(0, 4).ArrayOf(top)
        from amounts in Gen.Choose(0, 10_000_000).ArrayOf(top * 5)
        from forecasts in Gen.Choose(0, 12_000_000).ArrayOf(top * 5)
        from outcomes in Gen.Choose(-1_000, 1_000_000).ArrayOf(top * 5)
        from mask in Gen.Choose(0, int.MaxValue)
        select Make(top, parts, amounts, forecasts, outcomes, mask);

    private static BudgetRecord Make(int top, int[] parts, int[] amounts, int[] forecasts, int[] outcomes, int mask)
    {
        var frames = new List<BudgetFrame>();
        var forecastList = new List<BudgetForecast>();
        var outcomeList = new List<BudgetOutcome>();
        for (var t = 0; t < top; t++)
        {
            var id = "f" + t;
            var partAmounts = Enumerable.Range(0, parts[t]).Select(p => Money(amounts[t * 5 + p])).ToList();
            frames.Add(Drift(id, Units[t % Units.Length], parts[t] == 0 ? Money(amounts[t * 5 + 4]) : partAmounts.Sum()));
            var leaves = parts[t] == 0 ? [id] : Enumerable.Range(0, parts[t]).Select(p => $"{id}-{p}").ToList();
            for (var p = 0; p < parts[t]; p++)
            {
                frames.Add(Drift(leaves[p], Units[(t + p) % Units.Length], partAmounts[p], id));
            }

            for (var l = 0; l < leaves.Count; l++)
            {
                if (((mask >> ((t * 5 + l) % 30)) & 1) == 1)
                {
                    forecastList.Add(new BudgetForecast(leaves[l], ReportingPeriod.Tertial(2024, 1), 3, Money(forecasts[t * 5 + l])));
                }

                outcomeList.Add(new BudgetOutcome(leaves[l], ReportingPeriod.Month(2024, 1 + l), Money(outcomes[t * 5 + l])));
            }
        }

        return new BudgetRecord { Frames = [.. frames], Forecasts = [.. forecastList], Outcomes = [.. outcomeList] };
    }

    private static readonly NodaTime.LocalDate AsOf = Date(12, 31);

    [Property]
    public Property Distributions_SumExactly() =>
        Prop.ForAll(Budgets.ToArbitrary(), Gen.Choose(1, 1_000).ToArbitrary(), (budget, cents) =>
        {
            var exact = Problems(budget).All(p => p.Code != ProblemCodes.DistributionMismatch);
            var parent = budget.Frames.FirstOrDefault(f => budget.Frames.Any(p => p.ParentId == f.Id));
            if (parent is null)
            {
                return exact;
            }

            var off = budget with { Frames = [.. budget.Frames.Select(f => f == parent ? Drift(f.Id, f.UnitId, f.Amount + Money(cents)) : f)] };
            var mismatch = Problems(off).Where(p => p.Code == ProblemCodes.DistributionMismatch).ToList();
            return exact && mismatch.Count == 1 && mismatch[0].Location.Id == parent.Id;
        });

    [Property]
    public Property DeviationTotals_EqualTheSumOfTheirParts() =>
        Prop.ForAll(Budgets.ToArbitrary(), budget =>
        {
            var result = BudgetFollowUp.Compute(budget, 2024, AsOf);
            var top = result.TopFrames(FrameKind.Drift).ToList();
            var total = result.Totals.Single();
            var totalsHold = total.FrameInForce == top.Sum(f => f.FrameInForce)
                && total.OutcomeToDate == top.Sum(f => f.OutcomeToDate)
                && (top.Any(f => f.Deviation is null) ? total.Deviation is null : total.Deviation == top.Sum(f => f.Deviation!.Value));
            var partsHold = top.Where(f => f.ForecastPoint is null && f.Deviation is not null).All(parent =>
            {
                var parts = result.Frames.Where(p => p.Frame.ParentId == parent.Frame.Id).ToList();
                return parts.Count > 0 && parent.Deviation == parts.Sum(p => p.Deviation!.Value) && parent.OutcomeToDate == parts.Sum(p => p.OutcomeToDate);
            });
            return totalsHold && partsHold;
        });

    [Property]
    public Property Reallocation_NeverChangesATotalFrame() =>
        Prop.ForAll(Budgets.ToArbitrary(), Gen.Choose(1, 500_000).ToArbitrary(), Gen.Choose(0, 100).ToArbitrary(), (budget, cents, pick) =>
        {
            var frames = budget.Frames;
            var from = frames[pick % frames.Count];
            var to = frames[(pick + 1) % frames.Count];
            var move = new Reallocation("omf", from.Id, to.Id, Money(cents), "ks", Date(2, 1)) { WithinFrameId = from.ParentId == to.ParentId ? from.ParentId : null };
            var moved = budget with { Reallocations = [move] };
            var before = BudgetFollowUp.Compute(budget, 2024, AsOf);
            var after = BudgetFollowUp.Compute(moved, 2024, AsOf);

            // Whenever the document accepts the reallocation, the total, and the frame it is within, stay as they were.
            var accepted = Problems(moved, global::Styrmodell.Governance.DecisionAuthority.None).Count == 0;
            var within = move.WithinFrameId is { } w ? (before.Frames.Single(f => f.Frame.Id == w).FrameInForce, after.Frames.Single(f => f.Frame.Id == w).FrameInForce) : (0m, 0m);
            return !accepted || (before.Totals.Single().FrameInForce == after.Totals.Single().FrameInForce && within.Item1 == within.Item2);
        });

    [Property]
    public Property FollowUp_DoesNotDependOnTheOrderOfElements() =>
        Prop.ForAll(Budgets.ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (budget, seed) =>
        {
            var random = new Random(seed);
            var shuffled = budget with
            {
                Frames = [.. budget.Frames.OrderBy(_ => random.Next())],
                Forecasts = [.. budget.Forecasts.OrderBy(_ => random.Next())],
                Outcomes = [.. budget.Outcomes.OrderBy(_ => random.Next())],
            };
            var a = BudgetFollowUp.Compute(budget, 2024, AsOf);
            var b = BudgetFollowUp.Compute(shuffled, 2024, AsOf);
            return a.Totals.Equals(b.Totals) && a.Frames.OrderBy(f => f.Frame.Id, StringComparer.Ordinal).SequenceEqual(b.Frames.OrderBy(f => f.Frame.Id, StringComparer.Ordinal));
        });
}
