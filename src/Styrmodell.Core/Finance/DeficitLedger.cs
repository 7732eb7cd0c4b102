using Ardalis.GuardClauses;
using Styrmodell.Collections;
using Styrmodell.Validation;

namespace Styrmodell.Finance;

/// <summary>
/// Every negative balance-requirement result over a run of fiscal years, with its restorations, what remains and its
/// deadline; built with <see cref="Build(AmountUnit, IEnumerable{BalanceRequirementOutcome}, IEnumerable{DeficitDecision}?)"/>.
/// </summary>
/// <remarks>
/// <para>
/// A negative balance-requirement result must be restored within the next three years (KL 11 kap. 12 §). Positive
/// results restore the open deficits oldest first. A KF decision that exceptional reasons apply waives the part it
/// names (all, when it names none) before any restoration; the law also asks for an action plan for what remains.
/// </para>
/// <para>
/// "As of" a year means after that year's accounts are closed: a deficit of 2014 is overdue as of 2017 when
/// something remains after 2017's result. Waivers count whatever the as-of year.
/// </para>
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record DeficitLedger
{
    private DeficitLedger(AmountUnit unit, EquatableArray<BalanceRequirementOutcome> years, EquatableArray<Deficit> deficits, EquatableArray<DeficitDecision> decisions)
    {
        Unit = unit;
        Years = years;
        Deficits = deficits;
        Decisions = decisions;
    }

    /// <summary>Gets the unit of every amount in the ledger.</summary>
    public AmountUnit Unit { get; }

    /// <summary>Gets the years' outcomes in the ledger's unit, oldest first.</summary>
    public EquatableArray<BalanceRequirementOutcome> Years { get; }

    /// <summary>Gets every deficit, oldest first.</summary>
    public EquatableArray<Deficit> Deficits { get; }

    /// <summary>Gets every decision given, in the order given.</summary>
    public EquatableArray<DeficitDecision> Decisions { get; }

    /// <summary>Builds the ledger.</summary>
    /// <param name="unit">The unit of the ledger; outcomes are converted to it, waived amounts must already be in it.</param>
    /// <param name="outcomes">The years' balance-requirement results, in any order, one per year.</param>
    /// <param name="decisions">KF's action plans and exceptional-reasons decisions; <see langword="null"/> for none.</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="outcomes"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two outcomes share a fiscal year, or a waived amount is negative.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not defined.</exception>
    /// <exception cref="OverflowException">An amount does not fit in a <see cref="decimal"/>.</exception>
    public static DeficitLedger Build(AmountUnit unit, IEnumerable<BalanceRequirementOutcome> outcomes, IEnumerable<DeficitDecision>? decisions = null)
    {
        Guard.Against.EnumOutOfRange(unit);
        var years = Guard.Against.Null(outcomes)
            .Select(o => new BalanceRequirementOutcome(o.FiscalYear, AmountUnits.Convert(o.BalanceRequirementResult, o.Unit, unit), unit))
            .OrderBy(o => o.FiscalYear)
            .ToList();
        for (var i = 1; i < years.Count; i++)
        {
            if (years[i].FiscalYear == years[i - 1].FiscalYear)
            {
                throw new ArgumentException($"Fiscal year {FinanceText.Year(years[i].FiscalYear)} has more than one outcome.", nameof(outcomes));
            }
        }

        var given = (decisions ?? []).ToList();
        foreach (var d in given)
        {
            if (d.WaivedAmount is < 0)
            {
                throw new ArgumentException($"The waived amount for {FinanceText.Year(d.DeficitYear)} is negative.", nameof(decisions));
            }
        }

        var open = new List<(int Year, decimal Amount, decimal Waived, List<DeficitRestoration> Restorations)>();
        foreach (var year in years)
        {
            var result = year.BalanceRequirementResult;
            if (result < 0)
            {
                var amount = -result;
                var waived = 0m;
                foreach (var d in given.Where(d => d.DeficitYear == year.FiscalYear && d.Kind == DeficitDecisionKind.ExceptionalReasons))
                {
                    waived += d.WaivedAmount ?? amount;
                }

                open.Add((year.FiscalYear, amount, Math.Min(amount, waived), []));
            }
            else if (result > 0)
            {
                // Positive results restore the oldest open deficits first.
                var available = result;
                foreach (var deficit in open)
                {
                    var remaining = deficit.Amount - deficit.Waived - deficit.Restorations.Sum(r => r.Amount);
                    if (available <= 0)
                    {
                        break;
                    }

                    if (remaining > 0)
                    {
                        var restored = Math.Min(available, remaining);
                        deficit.Restorations.Add(new DeficitRestoration(year.FiscalYear, restored));
                        available -= restored;
                    }
                }
            }
        }

        var deficits = open
            .Select(d => new Deficit(d.Year, d.Amount, d.Waived, d.Restorations.ToEquatableArray(), given.Where(g => g.DeficitYear == d.Year).ToEquatableArray()))
            .ToEquatableArray();
        return new DeficitLedger(unit, years.ToEquatableArray(), deficits, given.ToEquatableArray());
    }

    /// <summary>Gets where each deficit that had arisen by <paramref name="asOfYear"/> stands after that year's accounts are closed.</summary>
    /// <param name="asOfYear">The last closed fiscal year.</param>
    /// <returns>One position per deficit of <paramref name="asOfYear"/> or earlier, oldest first, including those fully restored.</returns>
    public EquatableArray<DeficitPosition> PositionsAsOf(int asOfYear) =>
        Deficits.Where(d => d.FiscalYear <= asOfYear)
            .Select(d => new DeficitPosition(d, asOfYear, d.RemainingAfter(asOfYear), d.IsOverdue(asOfYear)))
            .ToEquatableArray();

    /// <summary>Gets the total remaining to restore after the accounts of <paramref name="asOfYear"/> are closed.</summary>
    /// <param name="asOfYear">The last closed fiscal year.</param>
    /// <returns>The sum over the deficits of <paramref name="asOfYear"/> or earlier.</returns>
    public decimal RemainingAfter(int asOfYear) => PositionsAsOf(asOfYear).Sum(p => p.Remaining);

    /// <summary>
    /// Checks the ledger after the accounts of <paramref name="asOfYear"/> are closed: overdue restorations,
    /// remaining deficits without an action plan (unless fully waived), and decisions about years without a deficit.
    /// </summary>
    /// <param name="asOfYear">The last closed fiscal year.</param>
    /// <returns>The problems, located at the deficit (element <see cref="ModelElement.Deficit"/>, id = its year, index = its position).</returns>
    public EquatableArray<ValidationProblem> Check(int asOfYear)
    {
        var problems = new List<ValidationProblem>();
        var unit = AmountUnits.Symbol(Unit);
        for (var i = 0; i < Deficits.Count; i++)
        {
            var d = Deficits[i];
            if (d.FiscalYear > asOfYear)
            {
                continue;
            }

            var at = new ProblemLocation(ModelElement.Deficit, FinanceText.Year(d.FiscalYear), i);
            var remaining = d.RemainingAfter(asOfYear);
            if (d.IsOverdue(asOfYear))
            {
                problems.Add(new(ProblemCodes.DeficitOverdue, at,
                    $"The deficit of {FinanceText.Year(d.FiscalYear)} ({FinanceText.Amount(d.Amount)} {unit}) had to be restored by {FinanceText.Year(d.DeadlineYear)}; {FinanceText.Amount(remaining)} {unit} remains after {FinanceText.Year(asOfYear)} (KL 11 kap. 12 §)."));
            }

            if (remaining > 0 && !d.HasActionPlan)
            {
                problems.Add(new(ProblemCodes.DeficitWithoutPlan, at with { Member = "decisions" },
                    $"The deficit of {FinanceText.Year(d.FiscalYear)} has {FinanceText.Amount(remaining)} {unit} left to restore but no action plan (åtgärdsplan) decided by KF, nor exceptional reasons covering it (KL 11 kap. 12 §)."));
            }
        }

        for (var i = 0; i < Decisions.Count; i++)
        {
            var decision = Decisions[i];
            if (decision.DeficitYear <= asOfYear && !Deficits.Any(d => d.FiscalYear == decision.DeficitYear))
            {
                problems.Add(new(ProblemCodes.DanglingReference, new ProblemLocation(ModelElement.Deficit, FinanceText.Year(decision.DeficitYear), i, "decisions"),
                    $"A {decision.Kind} decision ({decision.Decision}) concerns {FinanceText.Year(decision.DeficitYear)}, which has no deficit in the ledger."));
            }
        }

        return problems.ToEquatableArray();
    }

    /// <summary>Returns e.g. <c>2 deficits over 2013–2016 (mnkr)</c>.</summary>
    /// <returns>Short invariant text.</returns>
    public override string ToString() =>
        FinanceText.Year(Deficits.Count) + " deficits over "
        + (Years.IsEmpty ? "no years" : FinanceText.Year(Years[0].FiscalYear) + "–" + FinanceText.Year(Years[Years.Count - 1].FiscalYear))
        + " (" + AmountUnits.Symbol(Unit) + ")";
}
