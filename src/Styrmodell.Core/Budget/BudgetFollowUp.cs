using Ardalis.GuardClauses;
using NodaTime;
using Styrmodell.Collections;

namespace Styrmodell.Budget;

/// <summary>
/// The economic follow-up of a budget year at a date: every frame of the year with its frame in force, outcome to
/// date, forecast and deviation (frame − forecast, positive a surplus), the totals per kind, and — once the year's
/// outcomes are complete — each forecast's accuracy against the final outcome.
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record BudgetFollowUp
{
    private BudgetFollowUp(int year, LocalDate asOf, EquatableArray<FrameFollowUp> frames, EquatableArray<BudgetTotal> totals, EquatableArray<ForecastAccuracy> accuracy)
    {
        Year = year;
        AsOf = asOf;
        Frames = frames;
        Totals = totals;
        Accuracy = accuracy;
    }

    /// <summary>Gets the budget year followed up.</summary>
    public int Year { get; }

    /// <summary>Gets the date whose decisions, outcomes and forecasts count.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the year's frames, in the budget's order.</summary>
    public EquatableArray<FrameFollowUp> Frames { get; }

    /// <summary>Gets the totals per kind of frame the year has, in the order drift, investment, equipment.</summary>
    public EquatableArray<BudgetTotal> Totals { get; }

    /// <summary>Gets each forecast's accuracy, when the year's outcomes are complete by <see cref="AsOf"/>; otherwise empty.</summary>
    public EquatableArray<ForecastAccuracy> Accuracy { get; }

    /// <summary>Gets the frames KF gives directly (without a parent) of a kind: for drift, one per committee.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The frames, in the budget's order.</returns>
    public IEnumerable<FrameFollowUp> TopFrames(FrameKind kind) => Frames.Where(f => f.Frame.Kind == kind && f.Frame.ParentId is null);

    /// <summary>Follows up a budget year as of a date, in one pass over the budget's elements.</summary>
    /// <param name="budget">The budget, valid (as a document holds it).</param>
    /// <param name="year">The budget year.</param>
    /// <param name="asOf">The date: revisions and reallocations decided by then, outcomes of periods ended by then and forecasts made at points ended by then count.</param>
    /// <returns>The follow-up; without frames when the budget has none for the year.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="budget"/> is <see langword="null"/>.</exception>
    /// <exception cref="OverflowException">A sum does not fit in a decimal (a valid budget's sums fit).</exception>
    public static BudgetFollowUp Compute(BudgetRecord budget, int year, LocalDate asOf)
    {
        Guard.Against.Null(budget);
        var tree = new FrameTree(budget.Frames);
        var count = budget.Frames.Count;
        var inForce = new decimal[count];
        var outcome = new decimal[count];
        for (var i = 0; i < count; i++)
        {
            inForce[i] = budget.Frames[i].Amount;
        }

        foreach (var change in budget.Changes)
        {
            if (change.DecisionDate <= asOf && tree.Find(change.FrameId) is var at and >= 0)
            {
                tree.AddUp(inForce, at, change.Amount);
            }
        }

        foreach (var move in budget.Reallocations)
        {
            if (move.DecisionDate <= asOf && tree.Find(move.FromFrameId) is var from and >= 0 && tree.Find(move.ToFrameId) is var to and >= 0)
            {
                tree.AddUp(inForce, from, -move.Amount);
                tree.AddUp(inForce, to, move.Amount);
            }
        }

        var yearEnd = new LocalDate(year, 12, 31);
        var complete = new bool[count];
        var last = ((string?)null, -1);
        foreach (var o in budget.Outcomes)
        {
            if (o.Period.End <= asOf && o.Period.End.Year == year && tree.Find(o.FrameId, ref last) is var at and >= 0)
            {
                tree.AddUp(outcome, at, o.Amount);
                if (o.Period.End == yearEnd)
                {
                    // Only whether the year's last period is in matters (for forecast accuracy).
                    complete[at] = true;
                }
            }
        }

        var own = LatestForecasts(budget, tree, year, asOf);
        var deepestFirst = DeepestFirst(tree.Depths());
        var forecast = Forecasts(tree, own, deepestFirst);
        var lines = new List<FrameFollowUp>(count);
        for (var i = 0; i < count; i++)
        {
            var frame = budget.Frames[i];
            if (frame.Year != year)
            {
                continue;
            }

            var deviation = inForce[i] - forecast[i];
            lines.Add(new FrameFollowUp(frame, inForce[i], outcome[i], forecast[i], own[i]?.Point, deviation,
                deviation is { } d && budget.Threshold.Requires(inForce[i], d)));
        }

        var accuracy = asOf >= yearEnd ? MeasureAccuracy(budget, tree, year, outcome, CompleteUpwards(tree, complete, deepestFirst)) : [];
        return new BudgetFollowUp(year, asOf, lines.ToEquatableArray(), SumTotals(lines), accuracy);
    }

    /// <summary>Each frame's own latest forecast at a point ended by the date.</summary>
    private static BudgetForecast?[] LatestForecasts(BudgetRecord budget, FrameTree tree, int year, LocalDate asOf)
    {
        var latest = new BudgetForecast?[tree.Frames.Count];
        var last = ((string?)null, -1);
        foreach (var f in budget.Forecasts)
        {
            if (f.Point.End <= asOf && f.Point.End.Year == year && tree.Find(f.FrameId, ref last) is var at and >= 0
                && (latest[at] is not { } held || f.Point.End > held.Point.End || (f.Point.End == held.Point.End && f.Point.Start > held.Point.Start)))
            {
                latest[at] = f;
            }
        }

        return latest;
    }

    /// <summary>A frame's forecast: its own, else the sum of its parts' when every part has one (parts first, by depth).</summary>
    private static decimal?[] Forecasts(FrameTree tree, BudgetForecast?[] own, int[] deepestFirst)
    {
        var count = tree.Frames.Count;
        var result = new decimal?[count];
        var parts = new decimal[count];
        var partCount = new int[count];
        var partsWith = new int[count];
        for (var i = 0; i < count; i++)
        {
            if (tree.Parent[i] >= 0)
            {
                partCount[tree.Parent[i]]++;
            }
        }

        // Visit the frames deepest first, so each part's forecast is known before its parent needs it.
        foreach (var i in deepestFirst)
        {
            result[i] = own[i]?.Amount ?? (partCount[i] > 0 && partsWith[i] == partCount[i] ? parts[i] : null);
            if (tree.Parent[i] is var p and >= 0 && result[i] is { } value)
            {
                parts[p] += value;
                partsWith[p]++;
            }
        }

        return result;
    }

    /// <summary>The frames' positions ordered by depth, deepest first: a counting sort, linear in the number of frames.</summary>
    private static int[] DeepestFirst(int[] depth)
    {
        var max = depth.Length == 0 ? 0 : depth.Max();
        var start = new int[max + 2];
        foreach (var d in depth)
        {
            start[max - d + 1]++;
        }

        for (var k = 1; k < start.Length; k++)
        {
            start[k] += start[k - 1];
        }

        var order = new int[depth.Length];
        for (var i = 0; i < depth.Length; i++)
        {
            order[start[max - depth[i]]++] = i;
        }

        return order;
    }

    private static EquatableArray<BudgetTotal> SumTotals(List<FrameFollowUp> lines)
    {
        var totals = new List<BudgetTotal>();
        foreach (var kind in (ReadOnlySpan<FrameKind>)[FrameKind.Drift, FrameKind.Investment, FrameKind.Equipment])
        {
            var (frame, outcome, forecast, any) = (0m, 0m, (decimal?)0m, false);
            foreach (var line in lines)
            {
                if (line.Frame.Kind == kind && line.Frame.ParentId is null)
                {
                    any = true;
                    frame += line.FrameInForce;
                    outcome += line.OutcomeToDate;
                    forecast = forecast + line.Forecast;
                }
            }

            if (any)
            {
                totals.Add(new BudgetTotal(kind, frame, outcome, forecast, frame - forecast));
            }
        }

        return totals.ToEquatableArray();
    }

    /// <summary>
    /// A frame's year is complete when its own year-end outcome is in, or when every one of its parts is complete: a
    /// parent with one part still open has no final outcome to measure a forecast against.
    /// </summary>
    private static bool[] CompleteUpwards(FrameTree tree, bool[] complete, int[] deepestFirst)
    {
        var (parts, completeParts) = (new int[complete.Length], new int[complete.Length]);
        foreach (var i in deepestFirst)
        {
            // Deeper frames come first, so every part of i has been counted by now.
            complete[i] |= parts[i] > 0 && completeParts[i] == parts[i];
            if (tree.Parent[i] is var parent and >= 0)
            {
                parts[parent]++;
                completeParts[parent] += complete[i] ? 1 : 0;
            }
        }

        return complete;
    }

    private static EquatableArray<ForecastAccuracy> MeasureAccuracy(BudgetRecord budget, FrameTree tree, int year, decimal[] outcome, bool[] complete)
    {
        var result = new List<ForecastAccuracy>();
        foreach (var f in budget.Forecasts)
        {
            if (f.Point.End.Year == year && tree.Find(f.FrameId) is var at and >= 0 && complete[at])
            {
                var final = outcome[at];
                var difference = f.Amount - final;
                result.Add(new ForecastAccuracy(f.FrameId, f.Point, f.Amount, final, difference, final == 0 ? null : difference / final));
            }
        }

        return result.ToEquatableArray();
    }
}
