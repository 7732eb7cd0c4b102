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
        from taxes in Gen.Choose(0, 2_000_000)
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

            // Cap 1: the reserve never holds more than 5 %; cap 2: never more than the surplus after adjustments.
            return max >= 0 && year.ReserveBalanceCarriedIn!.Value + max <= Math.Max(0.05m * b, year.ReserveBalanceCarriedIn.Value)
                && max <= Math.Max(0m, r.ResultAfterAdjustments);
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
}
