using Styrmodell.Budget;
using Styrmodell.Exchange;
using Styrmodell.Finance;
using Styrmodell.Reporting;
using Styrmodell.Time;
using static Styrmodell.Tests.Budget.ArbogaBudget;

namespace Styrmodell.Tests.Budget;

/// <summary>
/// Good financial management judged on budget facts, two conditions GEH judgements commonly state: "every committee
/// within its frame" and "the total net cost deviation at least −0.5 % of taxes, general grants and equalisation (B)".
/// B = 800 + 200 = 1 000 mnkr, so the limit is −5 mnkr, that is −5 000 tkr in the budget's unit.
/// </summary>
public class BudgetConditionTests
{
    private static readonly MunicipalFinances Finances = new(AmountUnit.Millions, [new FinancialYear(2024, AmountUnit.Millions, 10) { TaxRevenue = 800, GeneralGrantsAndEqualisation = 200 }])
    {
        Rule = new GoodFinancialManagementRule
        {
            RequireBalanceRequirement = false,
            BudgetConditions =
            [
                new BudgetCondition("alla nämnder inom ram", BudgetConditionKind.AllCommitteesWithinFrame),
                new BudgetCondition("nettokostnadsavvikelse", BudgetConditionKind.NetCostDeviationAtLeast) { MaximumDeficitShare = 0.005m },
            ],
        },
    };

    private static GoodFinancialManagementJudgement Judge(decimal sonForecast, decimal bunForecast)
    {
        var budget = new BudgetRecord
        {
            Frames = [Drift("son", "son", 300_000), Drift("bun", "bun", 200_000)],
            Forecasts = [new BudgetForecast("son", ReportingPeriod.Interim(2024, 8), 8, sonForecast), new BudgetForecast("bun", ReportingPeriod.Interim(2024, 8), 8, bunForecast)],
        };
        var document = new ExchangeDocumentBuilder(Organisation()).WithBudget(budget).WithFinance(Finances).Build();
        return document.Evaluate(ReportingPeriod.Year(2024)).Finance!.Judgement!;
    }

    [Fact]
    public void EveryCommitteeWithinFrame_IsGoodFinancialManagement()
    {
        var judgement = Judge(299_000, 200_000); // +1 000 and 0

        Assert.True(judgement.IsGoodFinancialManagement);
    }

    [Fact]
    public void OneCommitteeOverItsFrame_ChangesTheJudgement()
    {
        var judgement = Judge(299_000, 201_000); // BUN forecasts 1 000 over; the total deviation is 0, within the limit

        Assert.False(judgement.IsGoodFinancialManagement);
        Assert.Equal([false, true], judgement.BudgetConditions.Select(c => c.Holds));
        Assert.Equal((2, 1, 0), judgement.BudgetConditions[0].Facts is { } f ? (f.Committees, f.CommitteesOverFrame, f.CommitteesWithoutForecast) : default);
        var lines = JudgementText.Lines(judgement, ReportLanguage.English);
        Assert.Contains(lines, t => t.StartsWith("alla nämnder inom ram: 1 of 2", StringComparison.Ordinal) && t.EndsWith("does not hold", StringComparison.Ordinal));
        Assert.Contains(lines, t => t.StartsWith("nettokostnadsavvikelse:", StringComparison.Ordinal) && t.EndsWith("— holds", StringComparison.Ordinal));
        Assert.Contains("alla nämnder inom ram: 1 av 2 nämnder prognostiserar mer än sin ram — inte uppfyllt", JudgementText.Lines(judgement));
    }

    [Fact]
    public void NetCostDeviationBeyondTheLimit_ChangesTheJudgement()
    {
        var atLimit = Judge(305_000, 200_000);  // −5 000 tkr = −5 mnkr: at the limit
        var beyond = Judge(305_001, 200_000);   // −5.001 mnkr

        Assert.Equal(-5m, atLimit.BudgetConditions[1].Limit);
        Assert.Equal([true, false], new[] { atLimit, beyond }.Select(j => j.BudgetConditions[1].Holds));
        Assert.Contains(JudgementText.Lines(atLimit, ReportLanguage.English), t => t.StartsWith("nettokostnadsavvikelse: net cost deviation -5 ", StringComparison.Ordinal) && t.EndsWith("— holds", StringComparison.Ordinal));
        Assert.Contains(JudgementText.Lines(beyond, ReportLanguage.English), t => t.StartsWith("nettokostnadsavvikelse:", StringComparison.Ordinal) && t.EndsWith("does not hold", StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutABudget_NoBudgetConditionHolds()
    {
        var document = new ExchangeDocumentBuilder(Organisation()).WithFinance(Finances).Build();

        Assert.False(document.Evaluate(ReportingPeriod.Year(2024)).Finance!.Judgement!.IsGoodFinancialManagement);
    }

    [Fact]
    public void NetCostCondition_WithoutItsShare_IsAProblem()
    {
        var finances = Finances with { Rule = Finances.Rule! with { BudgetConditions = [new BudgetCondition("nettokostnadsavvikelse", BudgetConditionKind.NetCostDeviationAtLeast)] } };

        var problem = Assert.Single(new ExchangeDocumentBuilder(Organisation()).WithFinance(finances).Validate());

        Assert.Equal(new Validation.ProblemLocation(Validation.ModelElement.BudgetCondition, "nettokostnadsavvikelse", 0, "maximumDeficitShare"), problem.Location);
    }

    [Fact]
    public void TheJsonOutput_CarriesTheFactsEachBudgetConditionRestsOn()
    {
        var budget = new BudgetRecord
        {
            Frames = [Drift("son", "son", 300_000), Drift("bun", "bun", 200_000)],
            Forecasts = [new BudgetForecast("son", ReportingPeriod.Interim(2024, 8), 8, 299_000), new BudgetForecast("bun", ReportingPeriod.Interim(2024, 8), 8, 201_000)],
        };
        var evaluation = new ExchangeDocumentBuilder(Organisation()).WithBudget(budget).WithFinance(Finances).Build().Evaluate(ReportingPeriod.Year(2024));
        using var stream = new MemoryStream();

        JsonReportWriter.Write(EvaluationReport.Create(evaluation), stream);

        var conditions = System.Text.Json.Nodes.JsonNode.Parse(stream.ToArray())!["finance"]!["goodFinancialManagement"]!["budgetConditions"]!.AsArray();
        var facts = conditions[0]!["facts"]!;
        Assert.Equal((2, 1, 0), ((int)facts["committees"]!, (int)facts["committeesOverFrame"]!, (int)facts["committeesWithoutForecast"]!));
        Assert.Equal(0m, (decimal)facts["netCostDeviation"]!); // +1 000 − 1 000 tkr, in the record's mnkr
        Assert.Equal(1_000m, (decimal)facts["taxesGrantsAndEqualisation"]!);
        Assert.Equal(-5m, (decimal)conditions[1]!["limit"]!);
    }
}
