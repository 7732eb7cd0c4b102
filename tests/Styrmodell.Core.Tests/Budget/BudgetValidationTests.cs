using Styrmodell.Budget;
using Styrmodell.Finance;
using Styrmodell.Time;
using Styrmodell.Validation;
using static Styrmodell.Tests.Budget.ArbogaBudget;

namespace Styrmodell.Tests.Budget;

/// <summary>
/// The bad input, each a coded problem at its element, all at once; and Arboga's reallocation rules (section 5:
/// "Kommunstyrelsen beslutar om omfördelning mellan investeringsområden och projekt inom den totala investeringsramen.
/// När det gäller inventarier, maskiner och fordon har ansvarig nämnd rätt att besluta om omfördelning.").
/// </summary>
public class BudgetValidationTests
{
    private static readonly BudgetFrame[] Investments =
    [
        Investment("gata", "ks", 10_000), Investment("gata-torg", "ks", 10_000, "gata"),
        Investment("va", "ks", 20_000), Investment("va-reservoar", "ks", 20_000, "va"),
    ];

    [Fact]
    public void ExecutiveBoard_ReallocatesBetweenInvestmentAreas() =>
        Assert.Empty(Problems(new BudgetRecord { Frames = [.. Investments], Reallocations = [new Reallocation("omf-1", "gata-torg", "va-reservoar", 2_000, "ks", Date(5, 2))] }));

    [Fact]
    public void AReallocationBetweenAFrameAndItsOwnPart_WouldChangeTheTotal()
    {
        // The area "gata" already holds its project's money: moving 2 000 from the area to its project would grow the
        // project while the area stayed as it was, and the parts would add up to more than the area.
        var budget = new BudgetRecord { Frames = [.. Investments], Reallocations = [new Reallocation("omf-1", "gata", "gata-torg", 2_000, "ks", Date(5, 2))] };

        var problem = Assert.Single(Problems(budget));

        Assert.Equal((ProblemCodes.ReallocationChangesTotal, ModelElement.Reallocation), (problem.Code, problem.Location.Element));
    }

    [Fact]
    public void Committee_MayNotReallocateBetweenInvestmentAreas()
    {
        var budget = new BudgetRecord { Frames = [.. Investments], Reallocations = [new Reallocation("omf-1", "gata-torg", "va-reservoar", 2_000, "bun", Date(5, 2))] };

        var problem = Assert.Single(Problems(budget));

        Assert.Equal(ProblemCodes.DecisionNotAuthorised, problem.Code);
        Assert.Equal(new ProblemLocation(ModelElement.Reallocation, "omf-1", 0, "decidedBy"), problem.Location);
    }

    [Fact]
    public void Committee_ReallocatesBetweenItsOwnEquipmentFrames_ButNotAnothers()
    {
        BudgetFrame[] frames = [Equipment("son-inv", "son", 1_000), Equipment("son-fordon", "son", 600, "son-inv"), Equipment("son-maskin", "son", 400, "son-inv"), Equipment("bun-inv", "bun", 800)];
        var own = new Reallocation("omf-1", "son-fordon", "son-maskin", 100, "son", Date(3, 1)) { WithinFrameId = "son-inv" };
        var another = new Reallocation("omf-2", "son-fordon", "son-maskin", 100, "bun", Date(3, 1)) { WithinFrameId = "son-inv" };

        Assert.Empty(Problems(new BudgetRecord { Frames = [.. frames], Reallocations = [own] }));
        Assert.Equal(ProblemCodes.DecisionNotAuthorised, Assert.Single(Problems(new BudgetRecord { Frames = [.. frames], Reallocations = [another] })).Code);
    }

    [Fact]
    public void ReallocationOutOfItsTotalFrame_ChangesTheTotal()
    {
        BudgetFrame[] frames = [Equipment("son-inv", "son", 1_000), Equipment("son-fordon", "son", 1_000, "son-inv"), Equipment("bun-inv", "bun", 800)];
        var move = new Reallocation("omf-1", "son-fordon", "bun-inv", 100, "son", Date(3, 1)) { WithinFrameId = "son-inv" };

        var problems = Problems(new BudgetRecord { Frames = [.. frames], Reallocations = [move] });

        Assert.Contains(problems, p => p.Code == ProblemCodes.ReallocationChangesTotal && p.Location.Member == "within");
    }

    [Fact]
    public void EveryBadInput_IsReported_AllAtOnce()
    {
        var budget = new BudgetRecord
        {
            Decision = new BudgetDecision("kf", Date(1, 1).PlusYears(-1), 2024, 2),
            Frames =
            [
                Drift("son", "son", -5),                                                     // 0: negative frame
                Drift("bun", "ghost", 100),                                                  // 1: unit not in the organisation
                new BudgetFrame("ks", FrameKind.Drift, "ks", 2024, 2, AmountUnit.Millions),  // 2: mixed amount units
                Investment("va", "ks", 20_000),                                              // 3
                Drift("va-projekt", "ks", 5_000, "va"),                                      // 4: a project outside its area (a drift frame under an investment area)
                Investment("gata", "ks", 100) with { StartYear = 2025 },                     // 5: a project outside its own years
                new BudgetFrame("plan", FrameKind.Drift, "ks", 2030, 1, AmountUnit.Thousands), // 6: outside the decision's years
            ],
            Reallocations = [new Reallocation("omf-1", "va", "son", 10, "ks", Date(3, 1))],  // changes a total frame
            Forecasts = [new BudgetForecast("son", ReportingPeriod.Tertial(2025, 1), 3, 1)], // a forecast after the year
            Outcomes = [new BudgetOutcome("nowhere", ReportingPeriod.Month(2024, 1), 1)],    // a frame the budget lacks
        };

        var found = Problems(budget).Select(p => (p.Code, p.Location.Element, p.Location.Index, p.Location.Member)).ToHashSet();

        Assert.Superset(new HashSet<(string, ModelElement, int, string?)>
        {
            (ProblemCodes.NegativeFrame, ModelElement.BudgetFrame, 0, "amount"),
            (ProblemCodes.DanglingReference, ModelElement.BudgetFrame, 1, "unit"),
            (ProblemCodes.MixedAmountUnits, ModelElement.BudgetFrame, 2, "amountUnit"),
            (ProblemCodes.FrameOutsideParent, ModelElement.BudgetFrame, 4, "parent"),
            (ProblemCodes.FrameOutsideParent, ModelElement.BudgetFrame, 5, "year"),
            (ProblemCodes.OutsideFrameYear, ModelElement.BudgetFrame, 6, "year"),
            (ProblemCodes.ReallocationChangesTotal, ModelElement.Reallocation, 0, null),
            (ProblemCodes.OutsideFrameYear, ModelElement.BudgetForecast, 0, "point"),
            (ProblemCodes.DanglingReference, ModelElement.BudgetOutcome, 0, "frame"),
        }, found);
    }

    [Fact]
    public void SumsBeyondDecimalsRange_AreProblemsNotExceptions()
    {
        var budget = new BudgetRecord { Frames = [Drift("son", "son", decimal.MaxValue), Drift("bun", "bun", decimal.MaxValue)] };

        var problems = Problems(budget);

        Assert.All(problems, p => Assert.Equal(ProblemCodes.AmountOutOfRange, p.Code));
        Assert.Equal([0, 1], problems.Where(p => p.Location.Member == "amount").Select(p => p.Location.Index).Distinct().Order());
    }

    [Fact]
    public void AmountsAtTheLimit_AreFollowedUpWithoutOverflow()
    {
        // Every amount at ±10^15, the limit: a frame with two parts, each with a year's outcome beyond its frame, and a
        // forecast as far below: the parent's sums, the totals, the deviations and the conversion to kronor (×1 000)
        // all stay within decimal's range, so evaluation answers instead of throwing.
        const decimal limit = 1_000_000_000_000_000m; // 10^15, as docs/budget.md states
        var budget = new BudgetRecord
        {
            Frames = [Drift("son", "son", limit), Drift("aldre", "aldre", limit / 2, "son"), Drift("ifo", "ifo", limit / 2, "son")],
            Outcomes = [new BudgetOutcome("aldre", ReportingPeriod.Year(2024), limit), new BudgetOutcome("ifo", ReportingPeriod.Year(2024), limit)],
            Forecasts = [new BudgetForecast("aldre", ReportingPeriod.Interim(2024, 8), 8, -limit), new BudgetForecast("ifo", ReportingPeriod.Interim(2024, 8), 8, -limit)],
        };
        var beyond = budget with { Outcomes = [new BudgetOutcome("aldre", ReportingPeriod.Year(2024), limit + 1)] };

        Assert.Empty(Problems(budget));
        var document = new Styrmodell.Exchange.ExchangeDocumentBuilder(Organisation()).WithAuthority(Authority).WithBudget(budget).Build();
        Assert.NotNull(document.Evaluate(ReportingPeriod.Year(2024)).Budget);
        Assert.Equal((ProblemCodes.AmountOutOfRange, ModelElement.BudgetOutcome, "amount"), Assert.Single(Problems(beyond)) is var p ? (p.Code, p.Location.Element, p.Location.Member) : default);
    }

    [Fact]
    public void ARevisionOrReallocationThatLeavesAFrameBelowZero_IsANegativeFrame()
    {
        // Moving 12 000 out of the street-and-square project's 10 000 (and the area's) would leave −2 000 in it.
        var budget = new BudgetRecord { Frames = [.. Investments], Reallocations = [new Reallocation("omf-1", "gata-torg", "va-reservoar", 12_000, "ks", Date(5, 2))] };

        var problems = Problems(budget);

        Assert.Contains(problems, p => p.Code == ProblemCodes.NegativeFrame && p.Location.Id == "gata-torg");
    }

    [Fact]
    public void OutcomesWhosePeriodsOverlap_WouldCountTwice()
    {
        // The first tertial (January–April) and January both hold January's outcome.
        var budget = new BudgetRecord
        {
            Frames = [Drift("son", "son", 300_000)],
            Outcomes = [new BudgetOutcome("son", ReportingPeriod.Tertial(2024, 1), 90_000), new BudgetOutcome("son", ReportingPeriod.Month(2024, 1), 25_000)],
        };

        var problem = Assert.Single(Problems(budget));

        Assert.Equal((ProblemCodes.DuplicateEntry, ModelElement.BudgetOutcome, "period"), (problem.Code, problem.Location.Element, problem.Location.Member));
    }
}
