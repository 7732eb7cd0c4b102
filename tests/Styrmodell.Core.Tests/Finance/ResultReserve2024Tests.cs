using Styrmodell.Finance;
using Styrmodell.Validation;

namespace Styrmodell.Tests.Finance;

/// <summary>
/// The resultatreserv from fiscal year 2024 (prop. 2022/23:119; SKR's summary: the same conditions for reserving as
/// the RUR, and a ceiling of 5 % of B). The three cases are the reproduction of issue 17, worked by hand from the rule.
/// </summary>
public class ResultReserve2024Tests
{
    // B = 1,000; equity 400 less pension commitments 100 = 300, not negative: threshold 1 % = 10; ceiling 5 % = 50.
    private static FinancialYear Year(decimal result, decimal equity = 400m) => new(2024, AmountUnit.Millions, result)
    {
        TaxesGrantsAndEqualisation = 1_000m,
        Equity = equity,
        PensionCommitmentsOutsideBalanceSheet = 100m,
        ReserveBalanceCarriedIn = 0m,
    };

    [Fact]
    public void ResultOf30_ReservesAtMostThePartAbove1Percent()
    {
        // min(30, 30) − 10 = 20; room under the ceiling 50 − 0 = 50.
        var r = BalanceRequirementReconciliation.Compute(Year(30m), ReserveDecision.Reserve(20m));

        Assert.Equal(20m, r.MaximumReservation);
        Assert.Empty(r.Problems);
        Assert.Equal(10m, r.BalanceRequirementResult);
    }

    [Fact]
    public void NegativeEquityIncludingPensions_ReservesAtMostThePartAbove2Percent()
    {
        // Equity 50 − 100 = −50: threshold 2 % = 20; 30 − 20 = 10.
        var r = BalanceRequirementReconciliation.Compute(Year(30m, equity: 50m));

        Assert.Equal(10m, r.MaximumReservation);
        Assert.Equal(2m, r.Steps.Single(s => s.Key == "threshold-share").Amount);
    }

    [Fact]
    public void UnrealisedLosses_DoNotLetTheReservationExceedTheYearsResult()
    {
        // Result 20, unrealised losses of 15 neutralised: after adjustments 35; min(20, 35) − 10 = 10.
        var year = Year(20m) with { UnrealisedSecuritiesGainsLosses = -15m };

        var r = BalanceRequirementReconciliation.Compute(year);

        Assert.Equal(35m, r.ResultAfterAdjustments);
        Assert.Equal(10m, r.MaximumReservation);
    }

    [Fact]
    public void ReservationAboveTheCap_IsAProblemNotASilentCut()
    {
        var r = BalanceRequirementReconciliation.Compute(Year(30m), ReserveDecision.Reserve(30m));

        Assert.Equal(30m, r.Reservation);
        Assert.Equal(0m, r.BalanceRequirementResult);
        var problem = Assert.Single(r.Problems);
        Assert.Equal(ProblemCodes.ReservationAboveMaximum, problem.Code);
        Assert.Equal("reserveDecision.reservation", problem.Location.Member);
    }

    [Fact]
    public void Ceiling_LimitsTheReservationToTheRoomLeft()
    {
        // Result 100: 100 − 10 = 90 above the threshold, but 45 is already held: room 50 − 45 = 5.
        var r = BalanceRequirementReconciliation.Compute(Year(100m) with { ReserveBalanceCarriedIn = 45m });

        Assert.Equal(5m, r.MaximumReservation);
        Assert.Equal(5m, r.Steps.Single(s => s.Key == "reserve-room").Amount);
    }

    [Fact]
    public void BalanceAboveCeiling_LeavesNoRoom_AndIsReportedOnlyWhenAsked()
    {
        var year = Year(100m) with { ReserveBalanceCarriedIn = 70m };

        var kept = BalanceRequirementReconciliation.Compute(year);
        var reported = BalanceRequirementReconciliation.Compute(year, rules: ResultReserveRules.With(new() { AboveCeiling = ReserveAboveCeilingTreatment.Report }));

        Assert.Equal(0m, kept.MaximumReservation);
        Assert.Empty(kept.Problems);
        Assert.Equal(ProblemCodes.ReserveAboveCeiling, Assert.Single(reported.Problems).Code);
    }

    [Fact]
    public void UseBeyondTheDeficit_IsAllowedOnlyByTheOption()
    {
        // After adjustments −5; 40 held; a use of 12 covers more than the deficit.
        var year = Year(-5m) with { ReserveBalanceCarriedIn = 40m };
        var decision = ReserveDecision.UseReserve(12m);

        var strict = BalanceRequirementReconciliation.Compute(year, decision);
        var lenient = BalanceRequirementReconciliation.Compute(year, decision, rules: ResultReserveRules.With(new() { AllowUseBeyondDeficit = true }));

        Assert.Equal(5m, strict.MaximumUse);
        Assert.Contains(strict.Problems, p => p.Code == ProblemCodes.ReserveUseNotAllowed);
        Assert.Equal(40m, lenient.MaximumUse);
        Assert.Empty(lenient.Problems);
        Assert.Equal(7m, lenient.BalanceRequirementResult);
    }

    [Fact]
    public void With_DefaultOptions_IsTheSingleInstance() =>
        Assert.Same(ResultReserveRules.Instance, ResultReserveRules.With(new ResultReserveOptions()));

    [Fact]
    public void For_PicksByFiscalYearAndPassesTheOptions()
    {
        var options = new ResultReserveOptions { AllowUseBeyondDeficit = true };

        Assert.Same(ResultEqualisationReserveRules.Instance, BalanceRequirementRuleSets.For(2023, options));
        Assert.True(((ResultReserveRules)BalanceRequirementRuleSets.For(2024, options)).Options.AllowUseBeyondDeficit);
    }
}
