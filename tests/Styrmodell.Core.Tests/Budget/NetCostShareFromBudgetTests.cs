using Styrmodell.Budget;
using Styrmodell.Exchange;
using Styrmodell.Finance;
using Styrmodell.Time;
using static Styrmodell.Tests.Budget.ArbogaBudget;

namespace Styrmodell.Tests.Budget;

/// <summary>
/// The net cost share (nettokostnadsandel: net costs ÷ taxes, general grants and equalisation × 100) computed from the
/// budget when the financial record does not give the year's net costs: the committees' drift outcome for the year,
/// 299 000 + 201 000 tkr = 500 mnkr, against B = 800 + 200 = 1 000 mnkr, is 50 %.
/// </summary>
public class NetCostShareFromBudgetTests
{
    private static readonly MunicipalFinances Finances =
        new(AmountUnit.Millions, [new FinancialYear(2024, AmountUnit.Millions, 10) { TaxRevenue = 800, GeneralGrantsAndEqualisation = 200 }]);

    private static BudgetRecord Budget(params BudgetOutcome[] outcomes) => new()
    {
        Frames = [Drift("son", "son", 300_000), Drift("bun", "bun", 200_000)],
        Outcomes = [.. outcomes],
    };

    private static KeyRatio NetCostShare(MunicipalFinances finances, BudgetRecord budget, ReportingPeriod period) =>
        new ExchangeDocumentBuilder(Organisation()).WithBudget(budget).WithFinance(finances).Build().Evaluate(period).Finance!.KeyRatios.NetCostShare;

    [Fact]
    public void WithoutTheYearsNetCosts_TheBudgetsDriftOutcomeGivesTheNetCostShare()
    {
        var budget = Budget(new BudgetOutcome("son", ReportingPeriod.Year(2024), 299_000), new BudgetOutcome("bun", ReportingPeriod.Year(2024), 201_000));

        var ratio = NetCostShare(Finances, budget, ReportingPeriod.Year(2024));

        Assert.Equal(50m, ratio.Value);
        Assert.Equal(500m, ratio.Terms.Single(t => t.Name == "netCosts").Value);
    }

    [Fact]
    public void TheYearsOwnNetCosts_Win_AndNoBudgetMeansNone()
    {
        var given = new MunicipalFinances(AmountUnit.Millions, [Finances.Years[0] with { NetCosts = 980 }]);
        var budget = Budget(new BudgetOutcome("son", ReportingPeriod.Year(2024), 299_000));

        Assert.Equal(98m, NetCostShare(given, budget, ReportingPeriod.Year(2024)).Value);
        Assert.Equal(["netCosts"], NetCostShare(Finances, new BudgetRecord(), ReportingPeriod.Year(2024)).MissingFigures);
    }
}
