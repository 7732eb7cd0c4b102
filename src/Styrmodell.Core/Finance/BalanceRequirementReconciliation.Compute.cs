using Ardalis.GuardClauses;
using Styrmodell.Collections;
using Styrmodell.Validation;

namespace Styrmodell.Finance;

public sealed partial record BalanceRequirementReconciliation
{
    /// <summary>The most decimals a document may state for its printed figures.</summary>
    public const int MaximumDecimals = 6;

    /// <summary>Computes the year's balanskravsutredning and checks the reserve decision.</summary>
    /// <param name="year">The year's figures.</param>
    /// <param name="decision">KF's reservation and/or use, in the year's unit; <see langword="null"/> for none.</param>
    /// <param name="guidelines">The municipality's reserve guidelines to check the decision against; <see langword="null"/> to check the law only.</param>
    /// <param name="rules">The rule set to apply; <see langword="null"/> for the one the law prescribes for the year (<see cref="BalanceRequirementRuleSets.For(int, ResultReserveOptions?)"/>).</param>
    /// <param name="decimals">
    /// The decimals the report prints (0 for whole amounts), or <see langword="null"/> to take each printed total's own.
    /// Printed totals are compared with the computed ones at it, and a decided amount is within a limit when it is
    /// within the limit rounded to it; the arithmetic itself stays exact.
    /// </param>
    /// <returns>The reconciliation with its trace and problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="year"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–<see cref="MaximumDecimals"/>.</exception>
    /// <exception cref="OverflowException">The figures are so large that a sum does not fit in a <see cref="decimal"/>.</exception>
    public static BalanceRequirementReconciliation Compute(
        FinancialYear year, ReserveDecision? decision = null, MunicipalGuidelines? guidelines = null, IBalanceRequirementRules? rules = null, int? decimals = null)
    {
        Guard.Against.Null(year);
        if (decimals is { } d)
        {
            Guard.Against.OutOfRange(d, nameof(decimals), 0, MaximumDecimals);
        }

        rules ??= BalanceRequirementRuleSets.For(year.FiscalYear);
        var steps = new List<TraceStep>();
        var problems = new List<ValidationProblem>();

        var matches = rules.AppliesTo(year.FiscalYear);
        steps.Add(new("rule-set", TraceStepKind.RuleSelection, null, rules.Name)
        {
            Finding = matches ? TraceFinding.RuleSetApplies : TraceFinding.RuleSetChosenAgainstYear, Terms = [new(TraceTerms.FiscalYear, year.FiscalYear)],
        });
        CheckFigures(year, problems);

        // The reconciliation's lines (KL 11 kap. 12 §, LKBR 11 kap. 10 §), all shown even when zero, as annual reports do.
        steps.Add(new("result", TraceStepKind.Figure, year.Result));
        var lines = AdjustmentLines.From(year, problems);
        steps.Add(Line("realisation-gains", lines.RealisationGains, lines.Parts(AdjustmentKind.RealisationGains)));
        steps.Add(Line("exempted-gains", lines.ExemptedGains, lines.Parts(AdjustmentKind.ExemptedRealisationGains)));
        steps.Add(Line("exempted-losses", lines.ExemptedLosses, lines.Parts(AdjustmentKind.ExemptedRealisationLosses)));
        steps.Add(Line("unrealised-securities", lines.Unrealised, lines.Parts(AdjustmentKind.UnrealisedSecurities)));
        steps.Add(Line("unrealised-securities-reversal", lines.Reversal, lines.Parts(AdjustmentKind.UnrealisedSecuritiesReversal)));
        foreach (var other in year.Adjustments.Where(a => a.Kind == AdjustmentKind.Other))
        {
            steps.Add(new("other-adjustment", TraceStepKind.Adjustment, other.Amount) { Label = other.Label });
        }

        var afterAdjustments = year.Result + lines.BeforeSubtotal;
        steps.Add(new("result-after-adjustments", TraceStepKind.Subtotal, afterAdjustments)
        {
            Terms = [new(TraceTerms.Result, year.Result), new(TraceTerms.Adjustments, lines.BeforeSubtotal)],
        });
        ComparePrinted(year, "printed-result-after-adjustments", "printedResultAfterAdjustments", afterAdjustments, year.PrintedResultAfterAdjustments, decimals, steps, problems);

        var reservationLimit = rules.MaximumReservation(year, afterAdjustments);
        var useLimit = rules.MaximumUse(year, afterAdjustments);
        var reservation = decision?.Reservation ?? 0m;
        var use = decision?.Use ?? 0m;
        steps.AddRange(reservationLimit.Steps);
        steps.AddRange(useLimit.Steps);

        // A missing figure behind a limit matters only when the decision relies on that limit; otherwise the
        // assumption stays in the limit's trace step.
        if (reservation > 0)
        {
            problems.AddRange(reservationLimit.Problems);
        }

        if (use > 0)
        {
            problems.AddRange(useLimit.Problems);
        }

        if (rules is ResultReserveRules resultReserve)
        {
            problems.AddRange(resultReserve.CheckCeiling(year));
        }

        steps.Add(new("reservation", TraceStepKind.Adjustment, -reservation, rules.Name));
        steps.Add(new("use", TraceStepKind.Adjustment, use, rules.Name));
        foreach (var exceptional in year.Adjustments.Where(a => a.IsAfterReserve))
        {
            steps.Add(new("exceptional-reasons", TraceStepKind.Adjustment, exceptional.Amount) { Label = exceptional.Label });
        }

        var balanceResult = afterAdjustments - reservation + use + lines.AfterReserve;
        steps.Add(new("balance-requirement-result", TraceStepKind.Total, balanceResult)
        {
            Finding = balanceResult < 0 ? TraceFinding.MustBeRestored : TraceFinding.None,
            Terms =
            [
                new(TraceTerms.ResultAfterAdjustments, afterAdjustments), new(TraceTerms.Reservation, reservation), new(TraceTerms.Use, use),
                new(TraceTerms.AfterReserve, lines.AfterReserve),
            ],
        });
        ComparePrinted(year, "printed-balance-requirement-result", "printedBalanceRequirementResult", balanceResult, year.PrintedBalanceRequirementResult, decimals, steps, problems);

        var check = new DecisionCheck(year, rules, reservation, use, decimals, steps, problems);
        check.Law(reservationLimit, useLimit);
        if (guidelines is not null && guidelines.AppliesTo(year.FiscalYear))
        {
            check.Guidelines(decision, guidelines, reservationLimit.Basis);
        }

        return new BalanceRequirementReconciliation
        {
            FiscalYear = year.FiscalYear,
            Unit = year.Unit,
            Decimals = decimals,
            RuleSetName = rules.Name,
            LegalBasis = rules.LegalBasis,
            DecidedBy = decision?.Decision,
            Reserve = rules.Reserve,
            RuleSetMatchesYear = matches,
            Result = year.Result,
            RealisationGains = -lines.RealisationGains,
            ExemptedGains = lines.ExemptedGains,
            ExemptedLosses = lines.ExemptedLosses,
            UnrealisedSecuritiesAdjustment = lines.Unrealised,
            ReversalAdjustment = lines.Reversal,
            OtherAdjustments = lines.Other,
            ResultAfterAdjustments = afterAdjustments,
            MaximumReservation = reservationLimit.Amount,
            MaximumUse = useLimit.Amount,
            Reservation = reservation,
            Use = use,
            ExceptionalReasonsAdjustment = lines.AfterReserve,
            BalanceRequirementResult = balanceResult,
            ReserveBalanceCarriedOut = year.ReserveBalanceCarriedIn + reservation - use,
            Steps = steps.ToEquatableArray(),
            Problems = problems.ToEquatableArray(),
        };
    }

    private static TraceStep Line(string key, decimal amount, Collections.EquatableArray<TracePart> parts) =>
        new(key, TraceStepKind.Adjustment, amount) { Parts = parts };

    /// <summary>Figures that cannot be what they claim; each is reported, and the limits that need them are unknown.</summary>
    private static void CheckFigures(FinancialYear year, List<ValidationProblem> problems)
    {
        var fy = FinanceText.Year(year.FiscalYear);
        if (year.TaxesGrantsAndEqualisation is <= 0 and var b)
        {
            problems.Add(new(ProblemCodes.InvalidFigure, ReserveRuleHelpers.At(year, year.TaxesGrantsAndEqualisationGivenAsTotal ? "taxesGrantsAndEqualisation" : "taxRevenue"),
                $"Fiscal year {fy}: taxes, general grants and equalisation are {FinanceText.Amount(b, year.Unit)}; expected a positive amount."));
        }

        if (year.ReserveBalanceCarriedIn is < 0 and var balance)
        {
            problems.Add(new(ProblemCodes.InvalidFigure, ReserveRuleHelpers.At(year, "reserveBalanceCarriedIn"),
                $"Fiscal year {fy}: the reserve balance carried in is {FinanceText.Amount(balance, year.Unit)}; expected zero or more."));
        }

        if (year.DeficitCarriedIn is < 0 and var deficit)
        {
            problems.Add(new(ProblemCodes.InvalidFigure, ReserveRuleHelpers.At(year, "deficitCarriedIn"),
                $"Fiscal year {fy}: the deficit carried in is {FinanceText.Amount(deficit, year.Unit)}; expected a positive amount or zero."));
        }
    }

    /// <summary>Compares a printed total with the computed one at the report's decimals (its own, when not stated).</summary>
    private static void ComparePrinted(
        FinancialYear year, string key, string member, decimal computed, decimal? printed, int? decimals, List<TraceStep> steps, List<ValidationProblem> problems)
    {
        if (printed is not { } p)
        {
            return;
        }

        var places = decimals ?? p.Scale;
        var rounded = Math.Round(computed, Math.Min(places, 28), MidpointRounding.AwayFromZero);
        var same = rounded == p;
        steps.Add(new(key, TraceStepKind.Check, p)
        {
            Finding = same ? TraceFinding.Within : TraceFinding.Beyond,
            Terms = [new(TraceTerms.Printed, p), new(TraceTerms.Computed, computed), new(TraceTerms.Decimals, places)],
        });
        if (!same)
        {
            problems.Add(new(ProblemCodes.PrintedTotalDiffers, ReserveRuleHelpers.At(year, member),
                $"Fiscal year {FinanceText.Year(year.FiscalYear)}: the printed {FinanceText.Amount(p, year.Unit)} differs from its lines' sum {FinanceText.Amount(computed, year.Unit)} beyond the report's rounding."));
        }
    }
}
