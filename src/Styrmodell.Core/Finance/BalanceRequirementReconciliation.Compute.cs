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

        var prescribed = BalanceRequirementRuleSets.For(year.FiscalYear);
        rules ??= prescribed;
        var fy = FinanceText.Year(year.FiscalYear);
        var steps = new List<TraceStep>();
        var problems = new List<ValidationProblem>();

        var matches = rules.AppliesTo(year.FiscalYear);
        steps.Add(new("rule-set", TraceStepKind.RuleSelection, "Regelverk", null,
            matches
                ? "fiscal year " + fy + (rules.Reserve == ReserveKind.ResultReserve ? " is 2024 or later" : " is 2023 or earlier") + ": " + rules.Name + ", " + rules.LegalBasis
                : "rule set " + rules.Name + " was chosen by the caller; by its own declaration it does not apply to " + fy + " (the law prescribes " + prescribed.Name + ")",
            rules.Name));
        CheckFigures(year, problems);

        // The reconciliation's lines (KL 11 kap. 12 §, LKBR 11 kap. 10 §), all shown even when zero, as annual reports do.
        steps.Add(new("result", TraceStepKind.Figure, "Årets resultat enligt resultaträkningen", year.Result, "the year's result from the income statement"));
        var lines = AdjustmentLines.From(year, problems);
        steps.Add(new("realisation-gains", TraceStepKind.Adjustment, "Samtliga realisationsvinster", lines.RealisationGains,
            lines.RealisationGains == 0 ? "no realisation gains" : "all realisation gains are deducted (KL 11 kap. 12 §): " + lines.Describe(AdjustmentKind.RealisationGains)));
        steps.Add(new("exempted-gains", TraceStepKind.Adjustment, "Realisationsvinster enligt undantagsmöjlighet", lines.ExemptedGains,
            lines.ExemptedGains == 0 ? "no exempted realisation gains" : "exempted gains are added back: " + lines.Describe(AdjustmentKind.ExemptedRealisationGains)));
        steps.Add(new("exempted-losses", TraceStepKind.Adjustment, "Realisationsförluster enligt undantagsmöjlighet", lines.ExemptedLosses,
            lines.ExemptedLosses == 0 ? "no exempted realisation losses" : "exempted losses are added back: " + lines.Describe(AdjustmentKind.ExemptedRealisationLosses)));
        steps.Add(new("unrealised-securities", TraceStepKind.Adjustment, "Orealiserade vinster och förluster i värdepapper", lines.Unrealised,
            lines.Unrealised == 0 ? "no unrealised securities gains or losses" : "unrealised gains and losses in the result are neutralised: " + lines.Describe(AdjustmentKind.UnrealisedSecurities)));
        steps.Add(new("unrealised-securities-reversal", TraceStepKind.Adjustment, "Återföring av orealiserade vinster och förluster i värdepapper", lines.Reversal,
            lines.Reversal == 0 ? "no reversals" : "earlier years' neutralised unrealised gains and losses reversed: " + lines.Describe(AdjustmentKind.UnrealisedSecuritiesReversal)));
        foreach (var other in year.Adjustments.Where(a => a.Kind == AdjustmentKind.Other))
        {
            steps.Add(new("other-adjustment", TraceStepKind.Adjustment, other.Label!, other.Amount, "a named adjustment, as printed"));
        }

        var afterAdjustments = year.Result + lines.BeforeSubtotal;
        steps.Add(new("result-after-adjustments", TraceStepKind.Subtotal, "Årets resultat efter balanskravsjusteringar", afterAdjustments,
            FinanceText.Amount(year.Result) + " + (" + FinanceText.Amount(lines.BeforeSubtotal) + ") = " + FinanceText.Amount(afterAdjustments, year.Unit)));
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

        var reserveName = rules.Reserve == ReserveKind.ResultReserve ? "resultatreserv" : "resultatutjämningsreserv";
        var decidedBy = decision?.Decision?.ToString() ?? "decision";
        steps.Add(new("reservation", TraceStepKind.Adjustment, "Reservering av medel till " + reserveName, -reservation,
            reservation == 0 ? "no reservation" : "reserved by " + decidedBy + ": −" + FinanceText.Amount(reservation), rules.Name));
        steps.Add(new("use", TraceStepKind.Adjustment, "Användning av medel från " + reserveName, use,
            use == 0 ? "no use" : "used by " + decidedBy + ": +" + FinanceText.Amount(use), rules.Name));
        foreach (var exceptional in year.Adjustments.Where(a => a.IsAfterReserve))
        {
            steps.Add(new("exceptional-reasons", TraceStepKind.Adjustment, exceptional.Label ?? "Synnerliga skäl", exceptional.Amount,
                "an adjustment for exceptional reasons (synnerliga skäl, KL 11 kap. 13 §), as printed"));
        }

        var balanceResult = afterAdjustments - reservation + use + lines.AfterReserve;
        steps.Add(new("balance-requirement-result", TraceStepKind.Total, "Årets balanskravsresultat", balanceResult,
            FinanceText.Amount(afterAdjustments) + " − " + FinanceText.Amount(reservation) + " + " + FinanceText.Amount(use) + " + (" + FinanceText.Amount(lines.AfterReserve) + ") = "
            + FinanceText.Amount(balanceResult, year.Unit) + (balanceResult < 0 ? "; negative: to be restored within the next three years (KL 11 kap. 12 §)" : "")));
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
        steps.Add(new(key, TraceStepKind.Check, "Tryckt belopp", p,
            "printed " + FinanceText.Amount(p) + (same ? " = " : " ≠ ") + "the lines' sum " + FinanceText.Amount(computed) + " rounded to " + FinanceText.Year(places) + " decimals"));
        if (!same)
        {
            problems.Add(new(ProblemCodes.PrintedTotalDiffers, ReserveRuleHelpers.At(year, member),
                $"Fiscal year {FinanceText.Year(year.FiscalYear)}: the printed {FinanceText.Amount(p, year.Unit)} differs from its lines' sum {FinanceText.Amount(computed, year.Unit)} beyond the report's rounding."));
        }
    }
}
