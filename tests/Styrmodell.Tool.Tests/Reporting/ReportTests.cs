using NodaTime;
using Styrmodell.Exchange;
using Styrmodell.Evaluation;
using Styrmodell.Model;
using Styrmodell.Reporting;
using Styrmodell.Sources;
using Styrmodell.Targets;
using Styrmodell.Time;

namespace Styrmodell.Tool.Tests.Reporting;

public class ReportTests
{
    private static readonly Decision Kf = new(new LocalDate(2023, 11, 27), "KF", "KF 2023-11-27 § 12");

    /// <summary>A goal with two indicators, "real" and "invented"; the outcomes are given per test.</summary>
    private static SteeringModelBuilder Builder(string title = "Mål") =>
        new SteeringModelBuilder(new Municipality("Testby kommun", "0001"))
            .AddLevel(new LevelDefinition("mal", "Mål", LevelRole.Goal))
            .AddLevel(new LevelDefinition("ind", "Indikator", LevelRole.Indicator) { ParentLevelIds = ["mal"] })
            .AddNode(new Node("m", "mal", title))
            .AddNode(new Node("real", "ind", "Verklig") { ParentId = "m" })
            .AddNode(new Node("invented", "ind", "Påhittad") { ParentId = "m", Description = "Illustrativt: indikator.", Provenance = Provenance.Illustrative })
            .AddIndicators([Indicator("real"), Indicator("invented")]);

    private static Indicator Indicator(string id) =>
        new(id, MeasureUnit.Percent, Direction.HigherIsBetter) { Targets = [new TargetValue(TargetScope.Year(2024), new AbsoluteLevel(80), Kf)] };

    private static Outcome Measured(string id, string period, decimal value, string source, bool illustrative = false) =>
        new(id, ReportingPeriod.Parse(period), MeasuredValue.Of(value)) { Source = source, Provenance = illustrative ? Provenance.Illustrative : null };

    private static EvaluationReport Report(SteeringModelBuilder builder) =>
        EvaluationReport.Create(GoalEvaluator.Evaluate(builder.Build(), ReportingPeriod.Year(2024), new LocalDate(2024, 12, 31)));

    [Fact]
    public void RestsOnIllustrativeData_AnIllustrativeOutcomeUsed_MarksTheIndicatorAndTheGoal()
    {
        var report = Report(Builder()
            .AddOutcome(Measured("real", "2024", 82, "Kolada N00090"))
            .AddOutcome(Measured("invented", "2024", 70, "Illustrativt: påhittat utfall", illustrative: true)));

        Assert.Equal([true, false, true], report.Rows.Select(r => r.RestsOnIllustrativeData));
        Assert.Equal([false, false, true], report.Rows.Select(r => r.IsIllustrative));
    }

    [Fact]
    public void RestsOnIllustrativeData_AnIllustrativeIndicatorWithoutOutcome_DoesNotMarkTheGoal()
    {
        // The invented indicator has no outcome: it is excluded from the roll-up, so the goal rests on real data only.
        var report = Report(Builder().AddOutcome(Measured("real", "2024", 82, "Kolada N00090")));

        Assert.Equal([false, false, false], report.Rows.Select(r => r.RestsOnIllustrativeData));
        Assert.Equal("ej-bedomt", report.Rows[2].Result.Category.Id);
    }

    [Theory]
    [InlineData("Kolada N00090", false)] // the goal rests on a real outcome only
    [InlineData("Illustrativt: påhittat utfall", true)] // the goal uses an invented outcome
    public void Judgement_OnAGoalResting_OnIllustrativeData_IsMarked(string inventedSource, bool marked)
    {
        var model = Builder()
            .AddOutcome(Measured("real", "2024", 82, "Kolada N00090"))
            .AddOutcome(Measured("invented", "2024", 81, inventedSource, illustrative: marked))
            .Build();
        var finances = new Finance.MunicipalFinances(Finance.AmountUnit.Millions,
            [new Finance.FinancialYear(2024, Finance.AmountUnit.Millions, 10m) { TaxRevenue = 100m, GeneralGrantsAndEqualisation = 50m, Source = "Årsredovisning 2024" }])
        {
            Rule = new Finance.GoodFinancialManagementRule
            {
                RequireBalanceRequirement = false,
                Conditions = [new Finance.GoalCondition("Verksamhetsmål", ["m"], Finance.GoalQuantifier.All, "uppfyllt")],
            },
        };

        var report = EvaluationReport.Create(ExchangeDocument.Create(model, finance: finances).Evaluate(ReportingPeriod.Year(2024)));
        using var text = new StringWriter();
        TextReportWriter.Write(report, text);

        Assert.Equal(marked, report.Finance!.JudgementRestsOnIllustrativeData);
        Assert.Equal(marked, text.ToString().Contains("God ekonomisk hushållning " + "†", StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_TitleWithMarkup_IsEscaped()
    {
        var report = Report(Builder("Mål *utan* | tecken_"));
        using var output = new StringWriter();

        MarkdownReportWriter.Write(report, output);

        Assert.Contains("- **Mål \\*utan\\* \\| tecken\\_** (Mål)", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_TitleWithAnEntityReference_PrintsAsWritten()
    {
        // CommonMark turns "&amp;" into "&" and "&copy;" into "©"; escaping the ampersand keeps the title as written.
        var report = Report(Builder("Forskning &amp; utveckling &copy;"));
        using var output = new StringWriter();

        MarkdownReportWriter.Write(report, output);

        Assert.Contains("- **Forskning \\&amp; utveckling \\&copy;** (Mål)", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Summaries_CountAssessedNodesPerGroup_InScaleOrderWithNotAssessedLast()
    {
        // real 82 ≥ 80 → uppfyllt; invented 70 / 80 = 0.875 → delvis; the goal's mean 0.9375 → delvis.
        var report = Report(Builder()
            .AddOutcome(Measured("real", "2024", 82, "Kolada N00090"))
            .AddOutcome(Measured("invented", "2024", 70, "Illustrativt: påhittat utfall", illustrative: true)));

        var byLevel = report.Summaries.Single(s => s.Grouping == SummaryGrouping.Level);

        Assert.Equal([("Mål", [0, 1, 0, 0]), ("Indikator", [1, 1, 0, 0])], byLevel.Rows.Select(r => (r.Group, r.Counts.ToArray())));
    }

    [Fact]
    public void Balanskravsutredning_PrintsAmountsAtTheReportsStatedDecimals_WhileComputingExactly()
    {
        // Result 12.345 mnkr, nothing to adjust: every line is 12.345, which a report stating one decimal prints as 12,3.
        var finances = new Finance.MunicipalFinances(Finance.AmountUnit.Millions,
            [new Finance.FinancialYear(2024, Finance.AmountUnit.Millions, 12.345m) { TaxRevenue = 800m, GeneralGrantsAndEqualisation = 200m }])
        {
            Decimals = 1,
        };
        var evaluation = ExchangeDocument.Create(Builder().Build(), finance: finances).Evaluate(ReportingPeriod.Year(2024));
        using var text = new StringWriter();

        TextReportWriter.Write(EvaluationReport.Create(evaluation), text);

        Assert.Equal(12.345m, evaluation.Finance!.Reconciliation.ResultAfterAdjustments);
        Assert.Contains(": 12,3", text.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("12,345", text.ToString(), StringComparison.Ordinal);
    }
}
