using NodaTime;
using Styrmodell.Evaluation;
using Styrmodell.Evaluation.Rules;
using Styrmodell.Exchange;
using Styrmodell.Finance;
using Styrmodell.FollowUp;
using Styrmodell.Model;
using Styrmodell.Time;
using Styrmodell.Validation;
using static Styrmodell.Tests.FollowUp.FollowUpFixture;

namespace Styrmodell.Tests.Exchange;

/// <summary>
/// One document, one validation: everything evaluation would refuse is a coded, located problem of the document, all
/// at once; and one evaluation of it for a period or a date, with finance and follow-up beside the goals.
/// </summary>
public class ExchangeDocumentTests
{
    private static ExchangeDocumentBuilder Document() => new(Builder());

    private static MunicipalFinances Finances(params string[] goals) =>
        new(AmountUnit.Millions, [new FinancialYear(2024, AmountUnit.Millions, 10m) { TaxRevenue = 100m, GeneralGrantsAndEqualisation = 50m }])
        {
            Rule = new GoodFinancialManagementRule { RequireBalanceRequirement = false, Conditions = [new GoalCondition("Verksamhetsmål", [.. goals], GoalQuantifier.All, "uppfyllt")] },
        };

    [Fact]
    public void RuleForAMissingLevel_IsADanglingReferenceOfTheRule()
    {
        var builder = Document().WithEvaluation(EvaluationOptions.Default with { Rules = [RuleAssignment.ForLevel("omrade", new AllMetRule())] });

        var problem = Assert.Single(builder.Validate());

        Assert.Equal(ProblemCodes.DanglingReference, problem.Code);
        Assert.Equal(new ProblemLocation(ModelElement.EvaluationRule, "omrade", 0, "level"), problem.Location);
        Assert.False(builder.TryBuild(out var document, out _));
        Assert.Null(document);
    }

    [Fact]
    public void EveryPartsProblems_AreReportedTogether_ModelFirst()
    {
        var builder = Document()
            .WithFollowUp(new FollowUpData { SpecialAssignments = [Assignment() with { IssuerId = "x" }] })
            .WithFinance(Finances("n9"))
            .WithEvaluation(EvaluationOptions.Default with
            {
                Rules = [RuleAssignment.ForNode("n1", new ShareMetRule([new("guld", 0.5)]))],
                OptionalInputs = ["saknas"],
                MinimumCoverage = 1.5,
            });
        builder.Model.AddNode(new Node("utan", "nmal", "Utan förälder"));
        builder.Model.AddAssessment(new ManualAssessment("n1", Year2024, "grön", "Motiverat.", "Rektor", AsOf));

        var problems = builder.Validate();

        Assert.Equal(ModelElement.Node, problems[0].Location.Element); // the model's own problem comes first
        Assert.Equal(
            [
                (ProblemCodes.MissingParent, ModelElement.Node, (string?)"parent"),
                (ProblemCodes.DanglingReference, ModelElement.SpecialAssignment, "issuer"),
                (ProblemCodes.InvalidSetting, ModelElement.EvaluationSettings, "minimumCoverage"),
                (ProblemCodes.UnknownCategory, ModelElement.EvaluationRule, "rule.thresholds[0].category"),
                (ProblemCodes.UnknownCategory, ModelElement.Assessment, "category"),
                (ProblemCodes.DanglingReference, ModelElement.OptionalInput, null),
                (ProblemCodes.DanglingReference, ModelElement.GoalCondition, "goals[0]"),
            ],
            problems.Select(p => (p.Code, p.Location.Element, p.Location.Member)));
    }

    [Fact]
    public void ADocumentThatBuilds_AlwaysEvaluates_AndOneThatDoesNot_FailsEvaluationToo()
    {
        // The evaluator's own check and the document's are one: a configuration the document refuses, the evaluator
        // refuses too (the same problems, as one exception for direct callers).
        var bad = EvaluationOptions.Default with { Rules = [RuleAssignment.ForLevel("omrade", new AllMetRule())] };
        var model = Builder().Build();

        var error = Assert.Throws<ArgumentException>(() => GoalEvaluator.Evaluate(model, Year2024, AsOf, bad));
        var refused = Assert.Throws<ModelValidationException>(() => ExchangeDocument.Create(model, evaluation: bad));

        Assert.Contains("'omrade'", error.Message, StringComparison.Ordinal);
        Assert.Equal(ProblemCodes.DanglingReference, Assert.Single(refused.Problems).Code);
    }

    [Fact]
    public void Evaluate_APeriod_GivesGoalsFinanceAndFollowUpTogether()
    {
        // i1: 84 against the target 80 → score 1, met; the GEH rule asks n1 to be met: it holds.
        // Result share: result 10 / (taxes 100 + grants 50) × 100 = 6.67 %.
        var document = Document().WithFinance(Finances("n1"))
            .WithFollowUp(new FollowUpData { SpecialAssignments = [Assignment()] }).Build();

        var evaluation = document.Evaluate(Year2024);

        Assert.Equal((PeriodChoice.Named, new LocalDate(2024, 12, 31), 1), (evaluation.PeriodChoice, evaluation.AsOf, evaluation.OutcomesInPeriod));
        Assert.Equal("uppfyllt", evaluation.Goals.CategoryOf("n1").Id);
        Assert.Equal(6.67m, decimal.Round(evaluation.Finance!.KeyRatios.ResultShare.Value!.Value, 2));
        Assert.True(evaluation.Finance.Judgement!.IsGoodFinancialManagement);
        Assert.Equal("su-1", Assert.Single(evaluation.FollowUp.SpecialAssignments).Id);
        Assert.Null(document.Evaluate(ReportingPeriod.Year(2023)).Finance); // the record holds no 2023
    }

    [Fact]
    public void EvaluateAsOf_TakesTheLatestPeriodBegun_OrTheDatesYear()
    {
        var document = Document().Build();

        var spring = document.EvaluateAsOf(new LocalDate(2025, 3, 31));
        var before = document.EvaluateAsOf(new LocalDate(2023, 6, 1));

        Assert.Equal(("2024", PeriodChoice.LatestBegunByAsOf), (spring.Period.Id, spring.PeriodChoice));
        Assert.Equal(("2023", PeriodChoice.CalendarYearOfAsOf, 0), (before.Period.Id, before.PeriodChoice, before.OutcomesInPeriod));
        Assert.Equal(new LocalDate(2023, 6, 1), before.AsOf);
    }

    [Fact]
    public void EvaluateLatest_WithoutOutcomes_SaysWhatToDoInstead()
    {
        var document = ExchangeDocument.Create(new SteeringModelBuilder(new Municipality("Testby kommun", "0001")).Build());

        var error = Assert.Throws<InvalidOperationException>(document.EvaluateLatest);

        Assert.Contains("name a period or a date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithFollowUp_ChecksTheDataAgainstTheModel()
    {
        var document = Document().Build();

        var error = Assert.Throws<ModelValidationException>(() => document.WithFollowUp(new FollowUpData { SpecialAssignments = [Assignment() with { IssuerId = "x" }] }));

        Assert.Equal(ModelElement.SpecialAssignment, Assert.Single(error.Problems).Location.Element);
        Assert.True(document.FollowUp.IsEmpty);
    }
}
