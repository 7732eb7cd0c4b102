using Styrmodell.Governance;
using static Styrmodell.Tests.Governance.ArbogaRegister;

namespace Styrmodell.Tests.Governance;

/// <summary>
/// Review (aktualitetsprövning) as of a date. The council terms follow Kommunallagen 5 kap. 9 §: the council elected
/// in September 2018 served 2018-10-15 to 2022-10-14, the one elected in 2022 serves 2022-10-15 to 2026-10-14.
/// </summary>
public class ReviewTests
{
    // A finance policy decided by the 2018 council, to be reviewed once per mandate period: the 2022 council must
    // review it before its own term ends on 2026-10-14.
    private static readonly SteeringDocument Finanspolicy = Document("finanspolicy", "policy", "kf", "2019-03-25") with { Review = ReviewRule.OncePerMandatePeriod };

    [Fact]
    public void OncePerMandatePeriod_IsDueByTheEndOfTheNextCouncilsTerm() =>
        Assert.Equal(Day("2026-10-14"), Finanspolicy.ReviewDue);

    [Theory]
    [InlineData("2025-10-13", ReviewState.NotDue)] // more than a year before 2026-10-14
    [InlineData("2025-10-14", ReviewState.DueWithinYear)] // exactly a year before: in the coming year
    [InlineData("2026-10-14", ReviewState.DueWithinYear)] // the last day
    [InlineData("2026-10-15", ReviewState.Overdue)] // the new council's first day
    public void TheFinancePolicyAsOfADate(string asOf, ReviewState expected) =>
        Assert.Equal(expected, RegisterReview.Create(new([], [Finanspolicy]), Day(asOf)).Documents[0].Review);

    [Fact]
    public void AReviewConfirmedByTheNewCouncilMovesTheDueDateToTheTermAfter() =>
        Assert.Equal(Day("2030-10-14"), (Finanspolicy with { LastReviewed = Day("2023-02-20") }).ReviewDue);

    [Fact]
    public void WithinSixMonthsOfANewTerm_CountsFromTheNextTermsFirstDay()
    {
        // The political programme adopted by the 2022 council in February 2023: the 2026 council starts on 2026-10-15.
        var programme = Document("politiskt-program", "program", "kf", "2023-02-20") with { Review = ReviewRule.WithinMonthsOfNewTerm(6) };

        Assert.Equal(Day("2027-04-15"), programme.ReviewDue);
    }

    [Fact]
    public void ADecisionBeforeTheFirstFourYearTermIsDueInThatTerm() =>
        Assert.Equal(Day("1998-10-14"), ReviewRule.OncePerMandatePeriod.DueAfter(Day("1991-06-01")));

    [Theory]
    [InlineData("2023-05-31", ValidityState.NotYetInForce)]
    [InlineData("2023-06-01", ValidityState.InForce)]
    [InlineData("2024-12-31", ValidityState.InForce)]
    [InlineData("2025-01-01", ValidityState.Expired)]
    public void ValidityFromItsStartToItsLastDay(string asOf, ValidityState expected)
    {
        var plan = Document("plan", "handlingsplan", "kf", "2023-05-10") with { ValidFrom = Day("2023-06-01"), ValidUntil = Day("2024-12-31") };

        Assert.Equal(expected, RegisterReview.Create(new([], [plan]), Day(asOf)).Documents[0].Validity);
    }

    [Fact]
    public void UntilFurtherNotice_NeverExpires() =>
        Assert.Equal(ValidityState.InForce, RegisterReview.Create(new([], [Finanspolicy]), Day("2090-01-01")).Documents[0].Validity);

    [Fact]
    public void DueForReview_ListsTheComingYearAndTheOverdue_MostUrgentFirst()
    {
        var stated = Document("a", "riktlinje", "kf", "2020-01-01") with { Review = ReviewRule.On(Day("2025-06-30")) };
        var later = Document("b", "riktlinje", "kf", "2020-01-01") with { Review = ReviewRule.On(Day("2026-03-01")) };
        var far = Document("c", "riktlinje", "kf", "2020-01-01") with { Review = ReviewRule.On(Day("2028-01-01")) };
        var none = Document("d", "riktlinje", "kf", "2020-01-01");

        var due = RegisterReview.Create(new([], [far, later, none, stated]), Day("2025-09-01")).DueForReview;

        Assert.Equal(["a", "b"], due.Select(d => d.Document.Id));
    }

    [Fact]
    public void AStatedReviewDate_IsDone_OnceTheDocumentIsReviewedOnOrAfterIt()
    {
        // The review stated for 2025-06-30 was made on 2025-07-01: nothing is due until a new date is stated.
        var reviewed = Document("a", "riktlinje", "kf", "2020-01-01") with { Review = ReviewRule.On(Day("2025-06-30")), LastReviewed = Day("2025-07-01") };
        var notYet = reviewed with { LastReviewed = Day("2024-01-01") };

        var review = RegisterReview.Create(new([], [reviewed, notYet]), Day("2025-09-01"));

        Assert.Equal([ReviewState.NotStated, ReviewState.Overdue], review.Documents.OrderBy(d => d.Document.LastReviewed).Reverse().Select(d => d.Review));
    }
}
