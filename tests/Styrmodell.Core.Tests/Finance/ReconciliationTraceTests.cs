using NodaTime;
using Styrmodell.Finance;
using Styrmodell.Reporting;
using Styrmodell.Targets;
using Styrmodell.Validation;

namespace Styrmodell.Tests.Finance;

/// <summary>
/// The trace explains every limit with its formula and numbers (docs/finance.md); these cases are worked by hand and
/// the texts written from the formulas, so a step that loses a number or an operand shows.
/// </summary>
public class ReconciliationTraceTests
{
    private static readonly Decision Kf = new(new LocalDate(2025, 4, 10), "KF");

    private static FinancialYear Year2024(decimal result) => new(2024, AmountUnit.Millions, result)
    {
        TaxesGrantsAndEqualisation = 1_000m,
        Equity = 400m,
        PensionCommitmentsOutsideBalanceSheet = 100m,
        ReserveBalanceCarriedIn = 45m,
    };

    private static string Explain(BalanceRequirementReconciliation r, string key) => FinanceTraceText.Explain(r.Steps.Single(s => s.Key == key), r, ReportLanguage.English);

    [Fact]
    public void ResultReserve_LimitStepsShowTheirFormulas()
    {
        var r = BalanceRequirementReconciliation.Compute(Year2024(30m) with { UnrealisedSecuritiesGainsLosses = -5m }, ReserveDecision.Reserve(4m) with { Decision = Kf });

        Assert.Equal("min(result 30, result after adjustments 35) = 30 (KL 11 kap. i lydelse fr.o.m. 2024 (prop. 2022/23:119))", Explain(r, "reservation-basis"));
        Assert.Equal("equity including pension commitments 300 is not negative, so 1 %", Explain(r, "threshold-share"));
        Assert.Equal("1 % × 1000 = 10", Explain(r, "threshold"));
        Assert.Equal("max(0, 30 − 10) = 20 mnkr", Explain(r, "above-threshold"));
        Assert.Equal("5 % × 1000 = 50", Explain(r, "reserve-ceiling"));
        Assert.Equal("max(0, 50 − 45) = 5", Explain(r, "reserve-room"));
        Assert.Equal("min(5, 20) = 5 mnkr", Explain(r, "maximum-reservation"));
        Assert.Equal("4 ≤ 5: within the largest reservation KL 11 kap. i lydelse fr.o.m. 2024 (prop. 2022/23:119) allows", Explain(r, "law-reservation"));
        Assert.Equal("reserved by " + Kf + ": −4", Explain(r, "reservation"));
        Assert.Equal("30 + (5) = 35 mnkr", Explain(r, "result-after-adjustments"));
        Assert.Equal("35 − 4 + 0 + (0) = 31 mnkr", Explain(r, "balance-requirement-result"));
        Assert.Equal("unrealised gains and losses in the result are neutralised: as printed 5", Explain(r, "unrealised-securities"));
        Assert.Equal("fiscal year 2024 is 2024 or later: Resultatreserv (fr.o.m. 2024), KL 11 kap. i lydelse fr.o.m. 2024 (prop. 2022/23:119)", Explain(r, "rule-set"));
    }

    [Fact]
    public void ResultReserve_WithoutTheBalance_AssumesZeroInTheTrace()
    {
        var r = BalanceRequirementReconciliation.Compute(Year2024(30m) with { ReserveBalanceCarriedIn = null }, ReserveDecision.Reserve(4m));

        Assert.Equal("max(0, 50 − 0 (assumed)) = 50", Explain(r, "reserve-room"));
        var problem = Assert.Single(r.Problems);
        Assert.Equal((ProblemCodes.MissingFigure, "reserveBalanceCarriedIn"), (problem.Code, problem.Location.Member));
    }

    [Fact]
    public void NegativeEquity_AndUnknownEquity_AreExplained()
    {
        var negative = BalanceRequirementReconciliation.Compute(Year2024(30m) with { Equity = 50m });
        var unknown = BalanceRequirementReconciliation.Compute(Year2024(30m) with { Equity = null });

        Assert.Equal("equity including pension commitments -50 is negative, so 2 %", Explain(negative, "threshold-share"));
        Assert.StartsWith("equity including pension commitments is not given; 1 % assumed", Explain(unknown, "threshold-share"), StringComparison.Ordinal);
        Assert.Empty(unknown.Problems); // no decision relies on it
    }

    [Fact]
    public void UnknownEquity_MattersOnlyAboveWhatTwoPercentAllows()
    {
        // 1 %: 30 − 10 = 20; 2 %: 30 − 20 = 10; room 5 under the ceiling is lifted by holding nothing.
        var year = Year2024(30m) with { Equity = null, ReserveBalanceCarriedIn = 0m };

        var sound = BalanceRequirementReconciliation.Compute(year, ReserveDecision.Reserve(10m));
        var depends = BalanceRequirementReconciliation.Compute(year, ReserveDecision.Reserve(10.01m));

        Assert.Empty(sound.Problems);
        var problem = Assert.Single(depends.Problems);
        Assert.Equal((ProblemCodes.MissingFigure, "equity"), (problem.Code, problem.Location.Member));
        Assert.Contains("10.01", problem.Message, StringComparison.Ordinal);
        Assert.Contains("20 mnkr", problem.Message, StringComparison.Ordinal);
        Assert.Contains("10 mnkr", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rur_MaximumReservationStep_NamesThePartAboveTheThreshold()
    {
        var year = new FinancialYear(2020, AmountUnit.Millions, 30m) { TaxRevenue = 800m, GeneralGrantsAndEqualisation = 200m };

        var r = BalanceRequirementReconciliation.Compute(year);

        Assert.Equal("the part above the threshold, 20 mnkr", Explain(r, "maximum-reservation"));
        Assert.Equal("fiscal year 2020 is 2023 or earlier: Resultatutjämningsreserv (t.o.m. 2023), KL 11 kap. 14 § (lydelse t.o.m. räkenskapsåret 2023)", Explain(r, "rule-set"));
    }

    [Theory]
    [InlineData(2020)]
    [InlineData(2024)]
    public void MissingB_LeavesTheLimitUnknown_AndAReservationUncheckable(int fiscalYear)
    {
        var r = BalanceRequirementReconciliation.Compute(new FinancialYear(fiscalYear, AmountUnit.Millions, 30m), ReserveDecision.Reserve(4m));

        Assert.Null(r.MaximumReservation);
        Assert.Null(r.Steps.Single(s => s.Key == "maximum-reservation").Amount);
        Assert.Equal("unknown: taxes, general grants and equalisation are not given as a positive amount", Explain(r, "maximum-reservation"));
        Assert.Equal("not checkable: the largest reservation is unknown", Explain(r, "law-reservation"));
        Assert.Equal(["taxRevenue", "reserveDecision.reservation"], r.Problems.Select(p => p.Location.Member));
        Assert.All(r.Problems, p => Assert.Equal(ProblemCodes.MissingFigure, p.Code));
    }

    [Fact]
    public void Use_StepsShowTheDeficitAndTheBalance()
    {
        var year = new FinancialYear(2022, AmountUnit.Millions, -12m) { ReserveBalanceCarriedIn = 8m };

        var r = BalanceRequirementReconciliation.Compute(year, ReserveDecision.UseReserve(9m) with { Decision = Kf });

        Assert.Equal("max(0, −(-12)) = 12: the reserve may cover a negative result after adjustments, never create a positive one (KL 11 kap. 14 § (lydelse t.o.m. räkenskapsåret 2023))", Explain(r, "use-basis"));
        Assert.Equal("min(deficit 12, reserve carried in 8) = 8", Explain(r, "maximum-use"));
        Assert.Equal("9 > 8: above the largest use", Explain(r, "law-use"));
        Assert.Equal("used by " + Kf + ": +9", Explain(r, "use"));
        var problem = Assert.Single(r.Problems);
        Assert.Equal(ProblemCodes.ReserveUseNotAllowed, problem.Code);
        Assert.Contains("9 mnkr", problem.Message, StringComparison.Ordinal);
        Assert.Contains("8 mnkr", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Use_WithoutTheBalance_IsLimitedByTheDeficitOnly_AndSaysSo()
    {
        var r = BalanceRequirementReconciliation.Compute(new FinancialYear(2022, AmountUnit.Millions, -12m), ReserveDecision.UseReserve(5m));

        Assert.Equal("the reserve balance carried in is not given, so only the deficit limits the use: 12", Explain(r, "maximum-use"));
        Assert.Equal("5 ≤ 12: within the largest use", Explain(r, "law-use"));
        var problem = Assert.Single(r.Problems);
        Assert.Equal((ProblemCodes.MissingFigure, "reserveBalanceCarriedIn"), (problem.Code, problem.Location.Member));
    }

    [Fact]
    public void UseBeyondDeficit_WithoutTheBalance_IsNotLimited()
    {
        var rules = ResultReserveRules.With(new() { AllowUseBeyondDeficit = true });
        var year = new FinancialYear(2024, AmountUnit.Millions, 10m);

        var r = BalanceRequirementReconciliation.Compute(year, ReserveDecision.UseReserve(5m), rules: rules);
        var held = BalanceRequirementReconciliation.Compute(year with { ReserveBalanceCarriedIn = 3m }, ReserveDecision.UseReserve(5m), rules: rules);

        Assert.Null(r.MaximumUse);
        Assert.Equal("the reserve balance carried in is not given, so the use is not limited", Explain(r, "maximum-use"));
        Assert.Equal("5 ≤ no limit: within the largest use", Explain(r, "law-use"));
        Assert.Equal("the options allow a use beyond the deficit after adjustments (0); only the balance limits it", Explain(r, "use-basis"));
        Assert.Equal("reserve carried in 3 = 3", Explain(held, "maximum-use"));
        Assert.Contains(held.Problems, p => p.Code == ProblemCodes.ReserveUseNotAllowed);
    }

    [Fact]
    public void ReservationAboveTheMaximum_NamesBothAmountsAndTheRule()
    {
        var r = BalanceRequirementReconciliation.Compute(Year2024(30m), ReserveDecision.Reserve(6m));

        var problem = Assert.Single(r.Problems);
        Assert.Equal("Fiscal year 2024: the reservation of 6 mnkr exceeds the largest reservation 5 mnkr under Resultatreserv (fr.o.m. 2024) (KL 11 kap. i lydelse fr.o.m. 2024 (prop. 2022/23:119)).", problem.Message);
        Assert.Equal("6 > 5: above the largest reservation KL 11 kap. i lydelse fr.o.m. 2024 (prop. 2022/23:119) allows", Explain(r, "law-reservation"));
    }

    [Fact]
    public void AdjustmentLines_AreDescribedWithTheirParts()
    {
        var year = new FinancialYear(2022, AmountUnit.Millions, 50m)
        {
            RealisationItems =
            [
                new RealisationItem("Tomt A", 3m),
                new RealisationItem("Tomt B", 2m, true, "omstrukturering"),
                new RealisationItem("Aktier", -1m, true, "avveckling"),
            ],
            ReversalOfUnrealisedSecurities = 0.5m,
            Adjustments = [new(AdjustmentKind.RealisationGains, -0.4m), new(AdjustmentKind.ExceptionalReasons, 7m)],
        };

        var r = BalanceRequirementReconciliation.Compute(year);

        Assert.Equal("all realisation gains are deducted (KL 11 kap. 12 §): Tomt A -3; Tomt B -2; as printed -0.4", Explain(r, "realisation-gains"));
        Assert.Equal("exempted gains are added back: Tomt B (omstrukturering) 2", Explain(r, "exempted-gains"));
        Assert.Equal("exempted losses are added back: Aktier (avveckling) 1", Explain(r, "exempted-losses"));
        Assert.Equal("earlier years' neutralised unrealised gains and losses reversed: as printed 0.5", Explain(r, "unrealised-securities-reversal"));
        Assert.Equal("Synnerliga skäl", FinanceTraceText.Label(r.Steps.Single(s => s.Key == "exceptional-reasons"), r));
        Assert.Equal(50m - 5.4m + 2m + 1m + 0.5m, r.ResultAfterAdjustments);
        Assert.Equal(r.ResultAfterAdjustments + 7m, r.BalanceRequirementResult);
        Assert.Equal(5.4m, r.RealisationGains);
    }

    [Fact]
    public void NoAdjustments_AreSaidToBeNone()
    {
        var r = BalanceRequirementReconciliation.Compute(new FinancialYear(2022, AmountUnit.Millions, 5m));

        Assert.Equal(
            ["the year's result from the income statement", "no realisation gains", "no exempted realisation gains", "no exempted realisation losses",
             "no unrealised securities gains or losses", "no reversals"],
            r.Steps.Where(s => s.Kind is TraceStepKind.Figure or TraceStepKind.Adjustment).Take(6).Select(s => FinanceTraceText.Explain(s, r, ReportLanguage.English)));
        Assert.Equal(["no reservation", "no use"], r.Steps.Where(s => s.Key is "reservation" or "use").Select(s => FinanceTraceText.Explain(s, r, ReportLanguage.English)));
    }

    [Fact]
    public void PrintedTotals_AreCheckedAtTheirOwnDecimals_WhenTheReportStatesNone()
    {
        var year = new FinancialYear(2022, AmountUnit.Millions, 15.55m) { PrintedResultAfterAdjustments = 15.6m, PrintedBalanceRequirementResult = 15.55m };

        var r = BalanceRequirementReconciliation.Compute(year);

        Assert.Empty(r.Problems);
        Assert.Equal("printed 15.6 = the lines' sum 15.55 rounded to 1 decimal", Explain(r, "printed-result-after-adjustments"));
        Assert.Equal("printed 15.55 = the lines' sum 15.55 rounded to 2 decimals", Explain(r, "printed-balance-requirement-result"));
    }

    [Fact]
    public void Guidelines_Trace_TheirChecks()
    {
        var year = new FinancialYear(2022, AmountUnit.Millions, 60m)
        {
            TaxRevenue = 800m, GeneralGrantsAndEqualisation = 200m, Equity = 500m, PensionCommitmentsOutsideBalanceSheet = 100m,
            ReserveBalanceCarriedIn = 30m, DeficitCarriedIn = 5m,
        };
        var guidelines = new MunicipalGuidelines("Riktlinjer")
        {
            ReservationThresholdShare = 0.02m, DeductDeficitBeforeReserving = true, MaximumReserveShare = 0.05m, MinimumResultShare = 2m,
        };

        var r = BalanceRequirementReconciliation.Compute(year, ReserveDecision.Reserve(20m), guidelines);

        // 60 − 5 − 2 % × 1000 = 35; 30 + 20 = 50 ≤ 5 % × 1000; 60 / 1000 = 6 % ≥ 2 %.
        Assert.Empty(r.Problems);
        Assert.Equal("max(0, 60 − deficit 5 − threshold 20) = 35; reserved 20: within what the guidelines allow", Explain(r, "guideline-reservation"));
        Assert.Equal("30 + 20 = 50 ≤ 5 % × 1000 = 50", Explain(r, "guideline-ceiling"));
        Assert.Equal("60 / 1000 × 100 = 6 % ≥ 2 %", Explain(r, "guideline-result-share"));
        Assert.All(r.Steps.Where(s => s.Key.StartsWith("guideline-", StringComparison.Ordinal)), s => Assert.Equal("Riktlinjer", s.RuleSet));
    }

    [Fact]
    public void Guidelines_Breaches_NameTheGuidelinesAndTheAmounts()
    {
        var year = new FinancialYear(2022, AmountUnit.Millions, 60m)
        {
            TaxRevenue = 800m, GeneralGrantsAndEqualisation = 200m, ReserveBalanceCarriedIn = 30m, DeficitCarriedIn = 0m,
        };
        var guidelines = new MunicipalGuidelines("Riktlinjer") { ReservationThresholdShare = 0.02m, DeductDeficitBeforeReserving = true, MaximumReserveShare = 0.04m };

        var r = BalanceRequirementReconciliation.Compute(year, ReserveDecision.Reserve(41m), guidelines);

        // 60 − 0 − 20 = 40 < 41 with no deficit: guideline-not-met, not reservation-while-deficit; 30 + 41 = 71 > 40.
        Assert.Equal(
            ["Fiscal year 2022: the reservation of 41 mnkr exceeds the 40 mnkr the guidelines allow (Riktlinjer).",
             "Fiscal year 2022: the reserve would hold 71 mnkr, above the guidelines' ceiling of 4 % (40 mnkr) (Riktlinjer)."],
            r.Problems.Where(p => p.Code == ProblemCodes.GuidelineNotMet).Select(p => p.Message));
        Assert.Equal("max(0, 60 − deficit 0 − threshold 20) = 40; reserved 41: above what the guidelines allow", Explain(r, "guideline-reservation"));
        Assert.Equal("30 + 41 = 71 > 4 % × 1000 = 40", Explain(r, "guideline-ceiling"));
    }

    [Fact]
    public void Guidelines_WithoutTheFiguresTheyNeed_SayWhatWasNotChecked()
    {
        var year = new FinancialYear(2022, AmountUnit.Millions, 60m);
        var guidelines = new MunicipalGuidelines("Riktlinjer") { ReservationThresholdShare = 0.02m, MaximumReserveShare = 0.04m, MinimumResultShare = 1m };

        var r = BalanceRequirementReconciliation.Compute(year, ReserveDecision.Reserve(1m), guidelines);
        var withB = BalanceRequirementReconciliation.Compute(year with { TaxRevenue = 1m, GeneralGrantsAndEqualisation = 1m }, ReserveDecision.Reserve(1m), guidelines with { ReservationThresholdShare = null, MinimumResultShare = null });

        Assert.Equal(
            ["taxRevenue", "reserveDecision.reservation", "taxRevenue", "taxRevenue", "taxRevenue"],
            r.Problems.Select(p => p.Location.Member));
        Assert.Contains(r.Problems, p => p.Message == "Fiscal year 2022: taxes, general grants and equalisation not given, so a guideline of 'Riktlinjer' was not checked.");
        Assert.Contains(withB.Problems, p => p.Code == ProblemCodes.MissingFigure && p.Location.Member == "reserveBalanceCarriedIn"
            && p.Message.Contains("the reserve balance carried in not given", StringComparison.Ordinal));
    }

    [Fact]
    public void InvalidFigures_NameTheValue()
    {
        var r = BalanceRequirementReconciliation.Compute(new FinancialYear(2022, AmountUnit.Millions, 1m) { TaxRevenue = -3m, GeneralGrantsAndEqualisation = 1m, ReserveBalanceCarriedIn = -2m, DeficitCarriedIn = -4m });

        Assert.Equal(
            ["Fiscal year 2022: taxes, general grants and equalisation are -2 mnkr; expected a positive amount.",
             "Fiscal year 2022: the reserve balance carried in is -2 mnkr; expected zero or more.",
             "Fiscal year 2022: the deficit carried in is -4 mnkr; expected a positive amount or zero."],
            r.Problems.Select(p => p.Message));
        Assert.Equal("taxRevenue", r.Problems[0].Location.Member);
    }
}
