using Ardalis.GuardClauses;
using Styrmodell.Collections;
using Styrmodell.Validation;

namespace Styrmodell.Finance;

public sealed partial record BalanceRequirementReconciliation
{
    /// <summary>Computes the year's balanskravsutredning and checks the reserve decision.</summary>
    /// <param name="year">The year's figures.</param>
    /// <param name="decision">KF's reservation or use, in the year's unit; <see langword="null"/> for none.</param>
    /// <param name="guidelines">The municipality's reserve guidelines to check the decision against; <see langword="null"/> to check the law only.</param>
    /// <param name="rules">The rule set to apply; <see langword="null"/> for the one the law prescribes for the year (<see cref="BalanceRequirementRuleSets.For(int)"/>).</param>
    /// <returns>The reconciliation with its trace and problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="year"/> is <see langword="null"/>.</exception>
    /// <exception cref="OverflowException">The figures are so large that a sum does not fit in a <see cref="decimal"/>.</exception>
    public static BalanceRequirementReconciliation Compute(
        FinancialYear year, ReserveDecision? decision = null, MunicipalGuidelines? guidelines = null, IBalanceRequirementRules? rules = null)
    {
        Guard.Against.Null(year);
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

        // The reconciliation's lines (KL 11 kap. 12 §, LKBR 11 kap. 10 §), all shown even when zero, as annual reports do.
        steps.Add(new("result", TraceStepKind.Figure, "Årets resultat enligt resultaträkningen", year.Result, "the year's result from the income statement"));

        var gains = 0m;
        var exemptedGains = 0m;
        var exemptedLosses = 0m;
        var gainItems = new List<string>();
        var exemptGainItems = new List<string>();
        var exemptLossItems = new List<string>();
        for (var i = 0; i < year.RealisationItems.Count; i++)
        {
            var item = year.RealisationItems[i];
            if (item.IsGain)
            {
                gains += item.Amount;
                gainItems.Add(item.Description + " " + FinanceText.Amount(item.Amount));
            }

            if (item.IsExempted && !item.ExemptionApplies)
            {
                problems.Add(new(ProblemCodes.ExemptionWithoutReason, ReserveRuleHelpers.At(year, "realisationItems[" + FinanceText.Year(i) + "]"),
                    $"Fiscal year {fy}: realisation item '{item.Description}' is declared exempted without a reason, so it is treated as not exempted."));
            }
            else if (item.ExemptionApplies && item.Amount != 0)
            {
                var text = item.Description + " " + FinanceText.Amount(item.Amount) + ": " + item.ExemptionReason;
                if (item.IsGain)
                {
                    exemptedGains += item.Amount;
                    exemptGainItems.Add(text);
                }
                else
                {
                    exemptedLosses -= item.Amount;
                    exemptLossItems.Add(text);
                }
            }
        }

        steps.Add(new("realisation-gains", TraceStepKind.Adjustment, "Samtliga realisationsvinster", -gains,
            gains == 0 ? "no realisation gains" : "all realisation gains are deducted (KL 11 kap. 12 §): " + string.Join("; ", gainItems)));
        steps.Add(new("exempted-gains", TraceStepKind.Adjustment, "Realisationsvinster enligt undantagsmöjlighet", exemptedGains,
            exemptedGains == 0 ? "no exempted realisation gains" : "exempted gains are added back: " + string.Join("; ", exemptGainItems)));
        steps.Add(new("exempted-losses", TraceStepKind.Adjustment, "Realisationsförluster enligt undantagsmöjlighet", exemptedLosses,
            exemptedLosses == 0 ? "no exempted realisation losses" : "exempted losses are added back: " + string.Join("; ", exemptLossItems)));

        var unrealised = -year.UnrealisedSecuritiesGainsLosses;
        steps.Add(new("unrealised-securities", TraceStepKind.Adjustment, "Orealiserade vinster och förluster i värdepapper", unrealised,
            year.UnrealisedSecuritiesGainsLosses == 0
                ? "no unrealised securities gains or losses"
                : "net unrealised " + (year.UnrealisedSecuritiesGainsLosses > 0 ? "gains" : "losses") + " of " + FinanceText.Amount(Math.Abs(year.UnrealisedSecuritiesGainsLosses))
                  + " in the result are neutralised: −(" + FinanceText.Amount(year.UnrealisedSecuritiesGainsLosses) + ")"));
        steps.Add(new("unrealised-securities-reversal", TraceStepKind.Adjustment, "Återföring av orealiserade vinster och förluster i värdepapper", year.ReversalOfUnrealisedSecurities,
            year.ReversalOfUnrealisedSecurities == 0 ? "no reversals" : "earlier years' neutralised unrealised gains and losses reversed as given"));

        var afterAdjustments = year.Result - gains + exemptedGains + exemptedLosses + unrealised + year.ReversalOfUnrealisedSecurities;
        steps.Add(new("result-after-adjustments", TraceStepKind.Subtotal, "Årets resultat efter balanskravsjusteringar", afterAdjustments,
            FinanceText.Amount(year.Result) + " − " + FinanceText.Amount(gains) + " + " + FinanceText.Amount(exemptedGains) + " + " + FinanceText.Amount(exemptedLosses)
            + " + (" + FinanceText.Amount(unrealised) + ") + (" + FinanceText.Amount(year.ReversalOfUnrealisedSecurities) + ") = " + FinanceText.Amount(afterAdjustments, year.Unit)));

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

        var reserveName = rules.Reserve == ReserveKind.ResultReserve ? "resultatreserv" : "resultatutjämningsreserv";
        steps.Add(new("reservation", TraceStepKind.Adjustment, "Reservering av medel till " + reserveName, -reservation,
            reservation == 0 ? "no reservation" : "reserved by " + (decision!.Decision?.ToString() ?? "decision") + ": −" + FinanceText.Amount(reservation), rules.Name));
        steps.Add(new("use", TraceStepKind.Adjustment, "Användning av medel från " + reserveName, use,
            use == 0 ? "no use" : "used by " + (decision!.Decision?.ToString() ?? "decision") + ": +" + FinanceText.Amount(use), rules.Name));

        var balanceResult = afterAdjustments - reservation + use;
        steps.Add(new("balance-requirement-result", TraceStepKind.Total, "Årets balanskravsresultat", balanceResult,
            FinanceText.Amount(afterAdjustments) + " − " + FinanceText.Amount(reservation) + " + " + FinanceText.Amount(use) + " = " + FinanceText.Amount(balanceResult, year.Unit)
            + (balanceResult < 0 ? "; negative: to be restored within the next three years (KL 11 kap. 12 §)" : "")));

        CheckLaw(year, rules, reservation, use, reservationLimit, useLimit, steps, problems);
        if (guidelines is not null)
        {
            CheckGuidelines(year, decision, guidelines, reservation, use, reservationLimit.Basis, steps, problems);
        }

        return new BalanceRequirementReconciliation
        {
            FiscalYear = year.FiscalYear,
            Unit = year.Unit,
            RuleSetName = rules.Name,
            Reserve = rules.Reserve,
            RuleSetMatchesYear = matches,
            Result = year.Result,
            RealisationGains = gains,
            ExemptedGains = exemptedGains,
            ExemptedLosses = exemptedLosses,
            UnrealisedSecuritiesAdjustment = unrealised,
            ReversalAdjustment = year.ReversalOfUnrealisedSecurities,
            ResultAfterAdjustments = afterAdjustments,
            MaximumReservation = reservationLimit.Amount,
            MaximumUse = useLimit.Amount ?? 0m,
            Reservation = reservation,
            Use = use,
            BalanceRequirementResult = balanceResult,
            ReserveBalanceCarriedOut = year.ReserveBalanceCarriedIn + reservation - use,
            Steps = steps.ToEquatableArray(),
            Problems = problems.ToEquatableArray(),
        };
    }

    private static void CheckLaw(
        FinancialYear year, IBalanceRequirementRules rules, decimal reservation, decimal use, ReserveLimit reservationLimit, ReserveLimit useLimit,
        List<TraceStep> steps, List<ValidationProblem> problems)
    {
        var fy = FinanceText.Year(year.FiscalYear);
        if (reservation > 0)
        {
            if (reservationLimit.Amount is not { } max)
            {
                steps.Add(new("law-reservation", TraceStepKind.Check, "Reservering mot lagen", reservation, "not checkable: the largest reservation is unknown", rules.Name));
                problems.Add(new(ProblemCodes.MissingFigure, ReserveRuleHelpers.At(year, "reserveDecision.reservation"),
                    $"Fiscal year {fy}: the reservation of {FinanceText.Amount(reservation, year.Unit)} cannot be checked against {rules.Name} because a figure the limit needs is missing."));
            }
            else
            {
                var ok = reservation <= max;
                steps.Add(new("law-reservation", TraceStepKind.Check, "Reservering mot lagen", reservation,
                    FinanceText.Amount(reservation) + (ok ? " ≤ " : " > ") + FinanceText.Amount(max) + ": " + (ok ? "within" : "above") + " the largest reservation " + rules.LegalBasis + " allows", rules.Name));
                if (!ok)
                {
                    problems.Add(new(ProblemCodes.ReservationAboveMaximum, ReserveRuleHelpers.At(year, "reserveDecision.reservation"),
                        $"Fiscal year {fy}: the reservation of {FinanceText.Amount(reservation, year.Unit)} exceeds the largest reservation {FinanceText.Amount(max, year.Unit)} under {rules.Name} ({rules.LegalBasis})."));
                }
            }
        }

        if (use > 0)
        {
            var max = useLimit.Amount ?? 0m;
            var ok = use <= max;
            steps.Add(new("law-use", TraceStepKind.Check, "Användning mot lagen", use,
                FinanceText.Amount(use) + (ok ? " ≤ " : " > ") + FinanceText.Amount(max) + ": " + (ok ? "within" : "above") + " the largest use", rules.Name));
            if (!ok)
            {
                problems.Add(new(ProblemCodes.ReserveUseNotAllowed, ReserveRuleHelpers.At(year, "reserveDecision.use"),
                    $"Fiscal year {fy}: the use of {FinanceText.Amount(use, year.Unit)} exceeds the largest use {FinanceText.Amount(max, year.Unit)}: the reserve may cover at most the negative result after adjustments and at most its balance ({rules.LegalBasis})."));
            }

            if (year.ReserveBalanceCarriedIn is null)
            {
                problems.Add(new(ProblemCodes.MissingFigure, ReserveRuleHelpers.At(year, "reserveBalanceCarriedIn"),
                    $"Fiscal year {fy}: the reserve balance carried in is not given, so the use of {FinanceText.Amount(use, year.Unit)} was not checked against what the reserve holds."));
            }
        }
    }

    private static void CheckGuidelines(
        FinancialYear year, ReserveDecision? decision, MunicipalGuidelines guidelines, decimal reservation, decimal use, decimal basis,
        List<TraceStep> steps, List<ValidationProblem> problems)
    {
        var fy = FinanceText.Year(year.FiscalYear);
        var b = year.TaxesGrantsAndEqualisation;
        void Fail(string member, string message) =>
            problems.Add(new(ProblemCodes.GuidelineNotMet, ReserveRuleHelpers.At(year, member), $"Fiscal year {fy}: {message} ({guidelines.Name})."));
        void Missing(string member, string what) =>
            problems.Add(new(ProblemCodes.MissingFigure, ReserveRuleHelpers.At(year, member), $"Fiscal year {fy}: {what} not given, so a guideline of '{guidelines.Name}' was not checked."));

        if (reservation > 0 && guidelines.ReservationThresholdShare is { } own)
        {
            if (b is null)
            {
                Missing("taxRevenue", "taxes, general grants and equalisation");
            }
            else
            {
                var max = Math.Max(0m, basis - own * b.Value);
                var ok = reservation <= max;
                steps.Add(new("guideline-reservation", TraceStepKind.Check, "Reservering mot egna riktlinjer", max,
                    "max(0, " + FinanceText.Amount(basis) + " − " + FinanceText.Share(own) + " × " + FinanceText.Amount(b.Value) + ") = " + FinanceText.Amount(max)
                    + "; reserved " + FinanceText.Amount(reservation) + (ok ? ": within" : ": above") + " the guidelines' threshold", guidelines.Name));
                if (!ok)
                {
                    Fail("reserveDecision.reservation", $"the reservation of {FinanceText.Amount(reservation, year.Unit)} exceeds the {FinanceText.Amount(max, year.Unit)} the guidelines' {FinanceText.Share(own)} threshold allows");
                }
            }
        }

        if (reservation > 0 && guidelines.MaximumReserveShare is { } cap)
        {
            if (b is null || year.ReserveBalanceCarriedIn is null)
            {
                Missing(b is null ? "taxRevenue" : "reserveBalanceCarriedIn", b is null ? "taxes, general grants and equalisation" : "the reserve balance carried in");
            }
            else
            {
                var ceiling = cap * b.Value;
                var after = year.ReserveBalanceCarriedIn.Value + reservation;
                var ok = after <= ceiling;
                steps.Add(new("guideline-ceiling", TraceStepKind.Check, "Reservens storlek mot egna riktlinjer", after,
                    FinanceText.Amount(year.ReserveBalanceCarriedIn.Value) + " + " + FinanceText.Amount(reservation) + " = " + FinanceText.Amount(after)
                    + (ok ? " ≤ " : " > ") + FinanceText.Share(cap) + " × " + FinanceText.Amount(b.Value) + " = " + FinanceText.Amount(ceiling), guidelines.Name));
                if (!ok)
                {
                    Fail("reserveDecision.reservation", $"the reserve would hold {FinanceText.Amount(after, year.Unit)}, above the guidelines' ceiling of {FinanceText.Share(cap)} ({FinanceText.Amount(ceiling, year.Unit)})");
                }
            }
        }

        if (use > 0 && guidelines.UseOnlyWhenTaxBaseGrowthBelowAverage)
        {
            if (decision?.TaxBaseGrowth is not { } growth || decision.AverageTaxBaseGrowth is not { } average)
            {
                Missing("reserveDecision.taxBaseGrowth", "the tax-base growth or its average");
            }
            else
            {
                var ok = growth < average;
                steps.Add(new("guideline-use", TraceStepKind.Check, "Användning mot egna riktlinjer", use,
                    "tax-base growth " + FinanceText.Amount(growth) + " %" + (ok ? " < " : " ≥ ") + "average " + FinanceText.Amount(average) + " %", guidelines.Name));
                if (!ok)
                {
                    Fail("reserveDecision.use", $"the reserve is used although the tax-base growth ({FinanceText.Amount(growth)} %) is not below its average ({FinanceText.Amount(average)} %)");
                }
            }
        }
    }
}
