using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Styrmodell.Evaluation;
using Styrmodell.Finance;
using Styrmodell.Model;
using Styrmodell.Time;
using static Styrmodell.Tests.Finance.PublishedExamples;

namespace Styrmodell.Tests.Finance;

public class MunicipalFinancesTests
{
    [Fact]
    public void Ledger_Malmo2014And2015_UsesEachYearsOwnReserveDecision()
    {
        // Malmö's 2015 annual report: 2014 used 12 from the RUR, giving −193; 2015 reserved 185, giving 355, which
        // restores the 2014 deficit in full.
        var finances = new MunicipalFinances(AmountUnit.Millions,
        [
            Malmo2015 with { ReserveDecision = ReserveDecision.Reserve(185m) },
            Malmo2014 with { ReserveDecision = ReserveDecision.UseReserve(12m) },
        ]);

        Assert.Equal([2014, 2015], finances.Years.Select(y => y.FiscalYear));
        Assert.Equal(-193m, finances.Reconcile(2014).BalanceRequirementResult);
        Assert.Equal(355m, finances.Reconcile(2015).BalanceRequirementResult);
        Assert.Equal(0m, finances.Ledger().RemainingAfter(2015));
        Assert.Equal(193m, finances.Ledger().RemainingAfter(2014));
    }

    [Fact]
    public void Reconcile_YearNotHeld_NamesTheYearsThatAre()
    {
        var finances = new MunicipalFinances(AmountUnit.Millions, [Sjobo2020, Sjobo2022]);

        var e = Assert.Throws<ArgumentException>(() => finances.Reconcile(2021));

        Assert.Contains("no fiscal year 2021; it holds 2020, 2022", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_DuplicateYearOrOtherUnit_IsRefusedWithTheYear()
    {
        var duplicate = Assert.Throws<ArgumentException>(() => new MunicipalFinances(AmountUnit.Millions, [Sjobo2020, Sjobo2020 with { Result = 1m }]));
        var unit = Assert.Throws<ArgumentException>(() => new MunicipalFinances(AmountUnit.Thousands, [Sjobo2020]));

        Assert.Contains("2020 is given more than once", duplicate.Message, StringComparison.Ordinal);
        Assert.Contains("2020 is in Millions, not Thousands", unit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_WithoutARule_SaysSo()
    {
        var model = new SteeringModelBuilder(new Municipality("Sjöbo kommun", "1230")).Build();
        var goals = GoalEvaluator.Evaluate(model, ReportingPeriod.Year(2020), new LocalDate(2021, 3, 31));

        var e = Assert.Throws<InvalidOperationException>(() => new MunicipalFinances(AmountUnit.Millions, [Sjobo2020]).Judge(2020, goals));

        Assert.Contains("no rule for good financial management", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConvertTo_CarriesTheReserveDecisionAndSource()
    {
        var year = Sjobo2020 with { ReserveDecision = ReserveDecision.Reserve(22.0m), Source = "Bokslut 2020" };

        var thousands = year.ConvertTo(AmountUnit.Thousands);

        Assert.Equal(22_000m, thousands.ReserveDecision!.Reservation);
        Assert.Equal("Bokslut 2020", thousands.Source);
    }

    [Property]
    public Property Years_InAnyOrder_GiveTheSameRecord() =>
        Prop.ForAll(Gen.Shuffle(new[] { Sjobo2020, Sjobo2022, Malmo2014, Malmo2015 }).ToArbitrary(), shuffled =>
            new MunicipalFinances(AmountUnit.Millions, shuffled) == new MunicipalFinances(AmountUnit.Millions, [Malmo2014, Malmo2015, Sjobo2020, Sjobo2022]));
}
