using NodaTime;
using Styrmodell.Finance;
using Styrmodell.Reporting;
using Styrmodell.Targets;
using Styrmodell.Validation;

namespace Styrmodell.Tests.Finance;

/// <summary>Boundaries of the reconciliation's rules and checks, worked by hand.</summary>
public class ReconciliationEdgeTests
{
    private static FinancialYear Year(int fiscalYear, decimal result) => new(fiscalYear, AmountUnit.Millions, result)
    {
        TaxesGrantsAndEqualisation = 1_000m,
        ReserveBalanceCarriedIn = 0m,
    };

    private static string Explain(BalanceRequirementReconciliation r, string key) => FinanceTraceText.Explain(r.Steps.Single(s => s.Key == key), r, ReportLanguage.English);

    [Fact]
    public void EquityOfExactlyZero_IsNotNegative_So1Percent()
    {
        var r = BalanceRequirementReconciliation.Compute(Year(2024, 30m) with { Equity = 100m, PensionCommitmentsOutsideBalanceSheet = 100m });

        Assert.Equal(20m, r.MaximumReservation);
        Assert.Equal("equity including pension commitments 0 is not negative, so 1 %", Explain(r, "threshold-share"));
    }

    [Fact]
    public void WithoutADecision_MissingFiguresStayInTheTrace()
    {
        var r = BalanceRequirementReconciliation.Compute(new FinancialYear(2024, AmountUnit.Millions, 30m));

        Assert.Empty(r.Problems);
        Assert.Null(r.MaximumReservation);
    }

    [Fact]
    public void ZeroFiguresCarriedIn_AreValid()
    {
        var r = BalanceRequirementReconciliation.Compute(Year(2022, 5m) with { DeficitCarriedIn = 0m });

        Assert.DoesNotContain(r.Problems, p => p.Code == ProblemCodes.InvalidFigure);
    }

    [Fact]
    public void NegativeBalance_AllowsNoUse()
    {
        var r = BalanceRequirementReconciliation.Compute(Year(2022, -5m) with { ReserveBalanceCarriedIn = -2m }, ReserveDecision.UseReserve(1m));

        Assert.Equal(0m, r.MaximumUse);
        Assert.Contains(r.Problems, p => p.Code == ProblemCodes.ReserveUseNotAllowed);
    }

    [Fact]
    public void Labels_NameTheReserveOfTheYear()
    {
        var rur = BalanceRequirementReconciliation.Compute(Year(2023, 5m));
        var rr = BalanceRequirementReconciliation.Compute(Year(2024, 5m));

        Assert.Equal(["Reservering av medel till resultatutjämningsreserv", "Användning av medel från resultatutjämningsreserv"], rur.Steps.Where(s => s.Key is "reservation" or "use").Select(s => FinanceTraceText.Label(s, rur)));
        Assert.Equal(["Reservering av medel till resultatreserv", "Användning av medel från resultatreserv"], rr.Steps.Where(s => s.Key is "reservation" or "use").Select(s => FinanceTraceText.Label(s, rr)));
    }

    [Fact]
    public void ADecisionWithoutItsRecord_IsCalledADecision()
    {
        var r = BalanceRequirementReconciliation.Compute(Year(2022, 30m), ReserveDecision.Both(4m, 0m));

        Assert.Equal("reserved by decision: −4", Explain(r, "reservation"));
    }

    [Fact]
    public void NegativeBalanceRequirementResult_SaysItMustBeRestored()
    {
        var r = BalanceRequirementReconciliation.Compute(Year(2022, -3m));

        Assert.Equal("-3 − 0 + 0 + (0) = -3 mnkr; negative: to be restored within the next three years (KL 11 kap. 12 §)", Explain(r, "balance-requirement-result"));
    }

    [Fact]
    public void OtherAndExceptionalLines_SayTheyAreAsPrinted()
    {
        var year = Year(2013, 154m) with
        {
            Adjustments = [new(AdjustmentKind.Other, -33m, "Realisationsvinster"), new(AdjustmentKind.ExceptionalReasons, 106m, "synnerligt skäl RIPS")],
            PrintedBalanceRequirementResult = 226m,
        };

        var r = BalanceRequirementReconciliation.Compute(year);

        Assert.Equal("a named adjustment, as printed", Explain(r, "other-adjustment"));
        Assert.Equal("an adjustment for exceptional reasons (synnerliga skäl, KL 11 kap. 13 §), as printed", Explain(r, "exceptional-reasons"));
        Assert.Equal("synnerligt skäl RIPS", r.Steps.Single(s => s.Key == "exceptional-reasons").Label);
        Assert.Equal("printed 226 ≠ the lines' sum 227 rounded to 0 decimals", Explain(r, "printed-balance-requirement-result"));
        Assert.Equal("Fiscal year 2013: the printed 226 mnkr differs from its lines' sum 227 mnkr beyond the report's rounding.", r.Problems.Single().Message);
    }

    [Fact]
    public void Guidelines_AreNotAskedAboutAReservationOrUseNotMade()
    {
        var guidelines = new MunicipalGuidelines("Riktlinjer")
        {
            ReservationThresholdShare = 0.02m, MaximumReserveShare = 0.01m, UseOnlyWhenTaxBaseGrowthBelowAverage = true, DeductDeficitBeforeReserving = true,
        };

        var r = BalanceRequirementReconciliation.Compute(Year(2022, 30m), guidelines: guidelines);

        Assert.Empty(r.Problems);
        Assert.DoesNotContain(r.Steps, s => s.Key.StartsWith("guideline-", StringComparison.Ordinal));
    }

    [Fact]
    public void ADeficitCarriedIn_IsDeductedOnlyWhenTheGuidelinesSaySo()
    {
        // 30 − 2 % × 1000 = 10 may be reserved; deducting the 5 still to restore leaves 5.
        var year = Year(2022, 30m) with { DeficitCarriedIn = 5m };
        var guidelines = new MunicipalGuidelines("Riktlinjer") { ReservationThresholdShare = 0.02m };

        var without = BalanceRequirementReconciliation.Compute(year, ReserveDecision.Reserve(8m), guidelines);
        var with = BalanceRequirementReconciliation.Compute(year, ReserveDecision.Reserve(8m), guidelines with { DeductDeficitBeforeReserving = true });

        Assert.Equal(10m, without.Steps.Single(s => s.Key == "guideline-reservation").Amount);
        Assert.Empty(without.Problems);
        Assert.Equal(5m, with.Steps.Single(s => s.Key == "guideline-reservation").Amount);
        var problem = Assert.Single(with.Problems);
        Assert.Equal(ProblemCodes.ReservationWhileDeficit, problem.Code);
        Assert.Equal("Fiscal year 2022: the reservation of 8 mnkr is made while 5 mnkr of earlier deficits remains; after deducting it the guidelines allow 5 mnkr (Riktlinjer).", problem.Message);
    }

    [Fact]
    public void Decimals_LetARoundedDecisionMeetAnExactLimit_OnlyAtThatPrecision()
    {
        // 30.04 − 1 % × 1000 = 20.04; 20.0 reserved is within; 20.1 is within only at 0 decimals (limit 20).
        var year = Year(2022, 30.04m) with { Equity = 1m, PensionCommitmentsOutsideBalanceSheet = 0m };

        Assert.Empty(BalanceRequirementReconciliation.Compute(year, ReserveDecision.Reserve(20.04m)).Problems);
        Assert.NotEmpty(BalanceRequirementReconciliation.Compute(year, ReserveDecision.Reserve(20.05m), decimals: 2).Problems);
        Assert.Empty(BalanceRequirementReconciliation.Compute(year, ReserveDecision.Reserve(20.0m), decimals: 1).Problems);
        Assert.NotEmpty(BalanceRequirementReconciliation.Compute(year, ReserveDecision.Reserve(20.1m), decimals: 1).Problems);
        Assert.NotEmpty(BalanceRequirementReconciliation.Compute(year, ReserveDecision.Reserve(20.1m)).Problems);
    }

    [Fact]
    public void InjectedRules_ThatDoNotMatchTheYear_AreSaidSo()
    {
        var r = BalanceRequirementReconciliation.Compute(Year(2022, 1m), rules: ResultReserveRules.Instance);

        Assert.Equal("rule set Resultatreserv (fr.o.m. 2024) was chosen by the caller; by its own declaration it does not apply to 2022 (the law prescribes Resultatutjämningsreserv (t.o.m. 2023))", Explain(r, "rule-set"));
        Assert.False(r.RuleSetMatchesYear);
    }

    [Fact]
    public void NullYear_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => BalanceRequirementReconciliation.Compute(null!));
        Assert.Throws<ArgumentNullException>(() => ResultReserveRules.Instance.MaximumReservation(null!, 0m));
        Assert.Throws<ArgumentNullException>(() => ResultReserveRules.Instance.MaximumUse(null!, 0m));
        Assert.Throws<ArgumentNullException>(() => ResultEqualisationReserveRules.Instance.MaximumReservation(null!, 0m));
        Assert.Throws<ArgumentNullException>(() => ResultEqualisationReserveRules.Instance.MaximumUse(null!, 0m));
        Assert.Throws<ArgumentNullException>(() => ResultReserveRules.With(null!));
        Assert.Equal("Resultatreserv (fr.o.m. 2024)", ResultReserveRules.Instance.ToString());
        Assert.Equal("Resultatutjämningsreserv (t.o.m. 2023)", ResultEqualisationReserveRules.Instance.ToString());
    }
}
