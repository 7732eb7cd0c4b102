using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Styrmodell.Finance;

namespace Styrmodell.Tests.Finance;

public class BalanceRequirementProperties
{
    private static decimal Money(int hundredths) => hundredths / 100m;

    private static readonly Gen<FinancialYear> Years =
        from fiscalYear in Gen.Choose(2000, 2040)
        from result in Gen.Choose(-50_000, 50_000)
        from taxes in Gen.Choose(1, 2_000_000)
        from grants in Gen.Choose(0, 500_000)
        from gains in Gen.Choose(0, 5_000).ListOf()
        from losses in Gen.Choose(-5_000, 0).ListOf()
        from exemptMask in Gen.Choose(0, 255)
        from unrealised in Gen.Choose(-5_000, 5_000)
        from reversal in Gen.Choose(-1_000, 1_000)
        from equity in Gen.Choose(-100_000, 500_000)
        from balance in Gen.Choose(0, 150_000)
        select new FinancialYear(fiscalYear, AmountUnit.Millions, Money(result))
        {
            TaxRevenue = Money(taxes),
            GeneralGrantsAndEqualisation = Money(grants),
            RealisationItems = [.. gains.Concat(losses).Select((a, i) =>
                new RealisationItem("item " + i, Money(a), (exemptMask >> (i % 8) & 1) == 1, i % 3 == 0 ? null : "omstrukturering"))],
            UnrealisedSecuritiesGainsLosses = Money(unrealised),
            ReversalOfUnrealisedSecurities = Money(reversal),
            Equity = Money(equity),
            PensionCommitmentsOutsideBalanceSheet = Money(100_000),
            ReserveBalanceCarriedIn = Money(balance),
        };

    private static readonly Gen<ReserveDecision?> Decisions = Gen.OneOf(
        Gen.Constant<ReserveDecision?>(null),
        Gen.Choose(0, 60_000).Select(a => (ReserveDecision?)ReserveDecision.Reserve(Money(a))),
        Gen.Choose(0, 60_000).Select(a => (ReserveDecision?)ReserveDecision.UseReserve(Money(a))));

    [Property]
    public Property ReconciliationSteps_AddUp() =>
        Prop.ForAll(Years.ToArbitrary(), Decisions.ToArbitrary(), (year, decision) =>
        {
            var r = BalanceRequirementReconciliation.Compute(year, decision);
            var lines = r.Steps.Where(s => s.Kind is TraceStepKind.Figure or TraceStepKind.Adjustment or TraceStepKind.Subtotal or TraceStepKind.Total).ToList();
            var subtotal = lines.FindIndex(s => s.Kind == TraceStepKind.Subtotal);
            var before = lines.Take(subtotal).Sum(s => s.Amount!.Value);
            var after = lines.Skip(subtotal + 1).Where(s => s.Kind == TraceStepKind.Adjustment).Sum(s => s.Amount!.Value);

            return lines[0].Kind == TraceStepKind.Figure && lines[^1].Kind == TraceStepKind.Total
                && before == lines[subtotal].Amount && before == r.ResultAfterAdjustments
                && r.ResultAfterAdjustments + after == lines[^1].Amount && lines[^1].Amount == r.BalanceRequirementResult
                && r.ResultAfterAdjustments == r.Result - r.RealisationGains + r.ExemptedGains + r.ExemptedLosses + r.UnrealisedSecuritiesAdjustment + r.ReversalAdjustment
                && r.BalanceRequirementResult == r.ResultAfterAdjustments - r.Reservation + r.Use;
        });

    [Property]
    public Property MaximumReservation_NeverExceedsEitherCap() =>
        Prop.ForAll(Years.ToArbitrary(), year =>
        {
            var r = BalanceRequirementReconciliation.Compute(year);
            var max = r.MaximumReservation!.Value;
            var b = year.TaxesGrantsAndEqualisation!.Value;
            if (year.FiscalYear <= 2023)
            {
                var basis = Math.Min(year.Result, r.ResultAfterAdjustments);
                var share = year.EquityIncludingPensionCommitments < 0 ? 0.02m : 0.01m;
                // Cap 1: only the part above the threshold; cap 2: never more than the lower result itself.
                return max >= 0 && max <= Math.Max(0m, basis - share * b) && max <= Math.Max(0m, basis)
                    && (max == 0 || max == basis - share * b);
            }

            // From 2024 the same threshold rule, and the reserve never holds more than 5 % of B.
            var lower = Math.Min(year.Result, r.ResultAfterAdjustments);
            var threshold = (year.EquityIncludingPensionCommitments < 0 ? 0.02m : 0.01m) * b;
            return max >= 0 && max <= Math.Max(0m, lower - threshold)
                && year.ReserveBalanceCarriedIn!.Value + max <= Math.Max(0.05m * b, year.ReserveBalanceCarriedIn.Value);
        });

    [Property]
    public Property RuleSet_IsChosenByFiscalYearOnly() =>
        Prop.ForAll(Years.ToArbitrary(), year =>
        {
            var rules = BalanceRequirementRuleSets.For(year.FiscalYear);
            var r = BalanceRequirementReconciliation.Compute(year);
            var expected = year.FiscalYear < 2024 ? ReserveKind.ResultEqualisationReserve : ReserveKind.ResultReserve;
            var otherApplies = BalanceRequirementRuleSets.All.Where(s => s != rules).Any(s => s.AppliesTo(year.FiscalYear));

            return rules.Reserve == expected && r.Reserve == expected && r.RuleSetMatchesYear && rules.AppliesTo(year.FiscalYear) && !otherApplies
                && r.Steps.Where(s => s.RuleSet is not null).All(s => s.RuleSet == rules.Name);
        });

    [Property]
    public Property Compute_IsIndependentOfTheUnit() =>
        Prop.ForAll(Years.ToArbitrary(), Decisions.ToArbitrary(), (year, decision) =>
        {
            var millions = BalanceRequirementReconciliation.Compute(year, decision);
            var thousands = BalanceRequirementReconciliation.Compute(
                year.ConvertTo(AmountUnit.Thousands),
                decision is null ? null : decision.Use > 0 ? ReserveDecision.UseReserve(decision.Use * 1000m) : ReserveDecision.Reserve(decision.Reservation * 1000m));

            return thousands.BalanceRequirementResult == millions.BalanceRequirementResult * 1000m
                && thousands.MaximumReservation == millions.MaximumReservation * 1000m
                && thousands.Problems.Select(p => p.Code).SequenceEqual(millions.Problems.Select(p => p.Code));
        });

    [Property]
    public Property MaximumReservation_NeverExceedsTheYearsResult() =>
        Prop.ForAll(Years.ToArbitrary(), year =>
            BalanceRequirementReconciliation.Compute(year).MaximumReservation <= Math.Max(0m, year.Result));

    [Property]
    public Property PrintedSignAndOldSign_GiveTheSameReconciliation() =>
        Prop.ForAll(Years.ToArbitrary(), Decisions.ToArbitrary(), (year, decision) =>
        {
            // The same figures as the printed lines: gains deducted, exempted ones added back, unrealised gains and
            // losses neutralised (the old field's sign flipped), reversals as they are.
            var applied = year.RealisationItems.Where(i => i.ExemptionApplies).ToList();
            var printed = new FinancialYear(year.FiscalYear, year.Unit, year.Result)
            {
                TaxRevenue = year.TaxRevenue,
                GeneralGrantsAndEqualisation = year.GeneralGrantsAndEqualisation,
                Equity = year.Equity,
                PensionCommitmentsOutsideBalanceSheet = year.PensionCommitmentsOutsideBalanceSheet,
                ReserveBalanceCarriedIn = year.ReserveBalanceCarriedIn,
                Adjustments =
                [
                    new(AdjustmentKind.RealisationGains, -year.RealisationItems.Where(i => i.IsGain).Sum(i => i.Amount)),
                    new(AdjustmentKind.ExemptedRealisationGains, applied.Where(i => i.IsGain).Sum(i => i.Amount)),
                    new(AdjustmentKind.ExemptedRealisationLosses, -applied.Where(i => !i.IsGain).Sum(i => i.Amount)),
                    new(AdjustmentKind.UnrealisedSecurities, -year.UnrealisedSecuritiesGainsLosses),
                    new(AdjustmentKind.UnrealisedSecuritiesReversal, year.ReversalOfUnrealisedSecurities),
                ],
            };

            var old = BalanceRequirementReconciliation.Compute(year, decision);
            var asPrinted = BalanceRequirementReconciliation.Compute(printed, decision);
            return old.ResultAfterAdjustments == asPrinted.ResultAfterAdjustments && old.BalanceRequirementResult == asPrinted.BalanceRequirementResult
                && old.MaximumReservation == asPrinted.MaximumReservation && old.MaximumUse == asPrinted.MaximumUse
                && old.Steps.Where(st => st.Kind == TraceStepKind.Adjustment).Select(st => st.Amount)
                    .SequenceEqual(asPrinted.Steps.Where(st => st.Kind == TraceStepKind.Adjustment).Select(st => st.Amount));
        });

    [Property]
    public Property PrintedTotals_AgreeWithinRounding_AndDifferBeyondIt() =>
        Prop.ForAll(Years.ToArbitrary(), Decisions.ToArbitrary(), Gen.Choose(0, 2).ToArbitrary(), (year, decision, decimals) =>
        {
            var exact = BalanceRequirementReconciliation.Compute(year, decision);
            var step = 1m / (decimal)Math.Pow(10, decimals);
            var rounded = Math.Round(exact.BalanceRequirementResult, decimals, MidpointRounding.AwayFromZero);

            var agrees = BalanceRequirementReconciliation.Compute(year with { PrintedBalanceRequirementResult = rounded }, decision, decimals: decimals);
            var differs = BalanceRequirementReconciliation.Compute(year with { PrintedBalanceRequirementResult = rounded + step }, decision, decimals: decimals);

            return !agrees.Problems.Any(p => p.Code == Validation.ProblemCodes.PrintedTotalDiffers)
                && differs.Problems.Count(p => p.Code == Validation.ProblemCodes.PrintedTotalDiffers) == 1
                && Math.Abs(exact.BalanceRequirementResult - rounded) <= step / 2;
        });
}
