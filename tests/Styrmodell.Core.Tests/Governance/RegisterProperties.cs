using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Styrmodell.Exchange;
using Styrmodell.Governance;
using static Styrmodell.Tests.Governance.ArbogaRegister;

namespace Styrmodell.Tests.Governance;

public class RegisterProperties
{
    private static readonly LocalDate Epoch = new(2000, 1, 1);

    private static ReviewRule Rule(int kind, int days) => (kind % 3) switch
    {
        0 => ReviewRule.On(Epoch.PlusDays(days + 3000)),
        1 => ReviewRule.OncePerMandatePeriod,
        _ => ReviewRule.WithinMonthsOfNewTerm(days % 49),
    };

    [Property]
    public bool ReviewAndValidityOnlyMoveForwardAsTheDateDoes(NonNegativeInt decided, NonNegativeInt span, int kind, NonNegativeInt first, NonNegativeInt later)
    {
        var document = new SteeringDocument("d", "D", "policy", new DocumentDecision("kf", Epoch.PlusDays(decided.Get % 9000)))
        {
            Review = Rule(kind, decided.Get % 9000),
            ValidUntil = span.Get % 2 == 0 ? null : Epoch.PlusDays((decided.Get % 9000) + (span.Get % 5000)),
        };
        var a = Epoch.PlusDays(first.Get % 12000);
        var b = a.PlusDays(later.Get % 5000);
        var register = new SteeringDocumentRegister([], [document]);
        var before = RegisterReview.Create(register, a).Documents[0];
        var after = RegisterReview.Create(register, b).Documents[0];
        return before.Review <= after.Review && before.Validity <= after.Validity;
    }

    [Property]
    public Property RegisterOrderChangesNoResult() =>
        Prop.ForAll(Gen.Shuffle(Enumerable.Range(0, Documents.Length)).ToArbitrary(), order =>
        {
            var shuffled = order.Select(i => Documents[i]).ToArray();
            var (warnings, states) = Results(Documents);
            var (shuffledWarnings, shuffledStates) = Results(shuffled);
            return warnings.SetEquals(shuffledWarnings) && states.SetEquals(shuffledStates);
        });

    private static readonly SteeringDocument[] Documents =
    [
        Document("a", "policy", "bun", "2019-03-25") with { NodeIds = ["kf1"], Review = ReviewRule.OncePerMandatePeriod },
        Document("b", "policy", "kf", "2021-01-10") with { Review = ReviewRule.On(Day("2025-06-30")) },
        new SteeringDocument("c", "Dokument B", "policy", new DocumentDecision("kf", Day("2022-01-10"))),
        Document("d", "program", "kf", "2023-02-20") with { NodeIds = ["bun2"], Review = ReviewRule.WithinMonthsOfNewTerm(6) },
        Document("e", "rutin", "skola", "2024-01-01", "buf") with { ValidUntil = Day("2025-12-31") },
        Document("f", "riktlinje", "nedlagd", "2010-05-01"),
    ];

    private static (HashSet<(string, string, string?)> Warnings, HashSet<(string, ReviewState, ValidityState)> States) Results(SteeringDocument[] documents)
    {
        var document = new ExchangeDocumentBuilder(ArbogaModel()).WithAuthority(Authority).WithRegister(new SteeringDocumentRegister(Types, documents)).Build();
        var review = RegisterReview.Create(document.Register, Day("2025-09-01"));
        return ([.. document.Warnings().Select(w => (w.Code, w.Location.Id, w.Location.Member))],
            [.. review.Documents.Select(s => (s.Document.Id, s.Review, s.Validity))]);
    }
}
