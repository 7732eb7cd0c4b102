using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Styrmodell.Exchange;
using Styrmodell.Collections;
using Styrmodell.FollowUp;
using Styrmodell.Model;
using Styrmodell.Time;

namespace Styrmodell.Json.Tests;

/// <summary>Random valid follow-up data survives writing and reading: an equal model, and the same bytes written again.</summary>
public class FollowUpRoundTripProperties
{
    private static FollowUpData RandomData(int seed, int size)
    {
        var random = new Random(seed);
        bool Coin() => random.Next(2) == 0;
        string? Maybe(string text) => Coin() ? null : text;
        decimal Amount() => new decimal(random.Next(1, 1_000_000), 0, 0, false, (byte)random.Next(0, 3));
        LocalDate Date() => new LocalDate(2024, 1, 1).PlusDays(random.Next(0, 700));
        ReportingPeriod Period() => random.Next(5) switch
        {
            0 => ReportingPeriod.Year(2024),
            1 => ReportingPeriod.Tertial(2024, 1 + random.Next(3)),
            2 => ReportingPeriod.Interim(2024, 6 + random.Next(3)),
            3 => ReportingPeriod.SchoolYear(2024),
            _ => ReportingPeriod.Month(2024, 1 + random.Next(12)),
        };
        string Text() => new[] { "Kartläggning pågår.", "Klar enligt plan.", "\"Citat\" & <tecken> — åäö", "Försenad p.g.a. upphandling." }[random.Next(4)];
        ProgressReport Report(int k)
        {
            var status = (WorkStatus)random.Next(5);
            decimal? completion = status switch
            {
                WorkStatus.Done => Coin() ? 100 : null,
                WorkStatus.NotStarted => Coin() ? 0 : null,
                _ => Coin() ? random.Next(0, 101) : null,
            };
            return new(Period(), new LocalDate(2024, 1, 1).PlusDays(k), status) { Completion = completion, Text = Maybe(Text()), Author = Maybe("Förvaltningschef") };
        }

        // Report k is written on day k, so no two share period and date, as a valid model needs.
        EquatableArray<ProgressReport> Reports() => [.. Enumerable.Range(0, random.Next(3)).Select(Report)];
        var scale = Coin() ? RiskScale.FourSteps : RiskScale.FiveSteps;
        return new FollowUpData
        {
            SpecialAssignments =
            [
                .. Enumerable.Range(0, random.Next(size)).Select(i => new SpecialAssignment($"su-{i}", Text(), Coin() ? "kf" : "ks", new LocalDate(2023, 11, 27), 2024, 2024 + random.Next(3),
                    Coin() ? Funding.WithinFrame : Funding.AddedBudget(Amount()))
                {
                    OwnerIds = Coin() ? ["bun"] : ["bun", "ks"], GoalIds = Coin() ? [] : ["n1"], DecisionReference = Maybe("KF § 1"), Description = Maybe(Text()), Reports = Reports(),
                }),
            ],
            PlanLevels = [new PlanLevel("vp", "Verksamhetsplan", 3) { RevisedYearly = Coin(), OwnerKinds = Coin() ? [] : ["nämnd", "enhet"] }],
            Activities =
            [
                .. Enumerable.Range(0, random.Next(size)).Select(i => new Activity($"a{i}", Text(), "vp", Coin() ? "bun" : "skola", Coin() ? ReportingPeriod.Year(2024) : ReportingPeriod.SchoolYear(2024))
                {
                    GoalIds = Coin() ? [] : ["n1"], CompletionIndicatorId = Maybe("i1"), Description = Maybe(Text()), Reports = Reports(),
                }),
            ],
            InternalControlPlans =
            [
                .. Enumerable.Range(0, random.Next(2)).Select(i => new InternalControlPlan($"ik-{i}", "ks", 2024 + i, scale)
                {
                    DecisionDate = Coin() ? null : Date(),
                    Risks =
                    [
                        .. Enumerable.Range(0, random.Next(size)).Select(r => new Risk($"r{r}", Text(), 1 + random.Next(scale.Steps), 1 + random.Next(scale.Steps))
                        {
                            Category = Maybe("processer och rutiner"),
                            Controls =
                            [
                                .. Enumerable.Range(0, random.Next(3)).Select(c => new Control($"r{r}c{c}", Text(), Text(), "Controller", (ControlFrequency)random.Next(7))
                                {
                                    When = Maybe("april"),
                                    Results =
                                    [
                                        .. Enumerable.Range(0, random.Next(3)).Select(m => Coin()
                                            ? new ControlResult(Date(), Text()) { Period = Coin() ? null : Period() }
                                            : new ControlResult(Date(), Text())
                                            {
                                                Deviation = Text(),
                                                Actions = [.. Enumerable.Range(0, random.Next(3)).Select(a => new CorrectiveAction($"r{r}c{c}m{m}a{a}", Text(), "Ekonomichef", Date(), (WorkStatus)random.Next(5)))],
                                            }),
                                    ],
                                }),
                            ],
                        }),
                    ],
                }),
            ],
            ActionPlans =
            [
                .. Enumerable.Range(0, random.Next(size)).Select(i => random.Next(3) switch
                {
                    0 => new ActionPlan($"ap-{i}", Text(), "bun", Period()) { NodeId = "n1" },
                    1 => new ActionPlan($"ap-{i}", Text(), "ks", Period()) { BudgetLine = "Drift" },
                    _ => new ActionPlan($"ap-{i}", Text(), "kf", Period()) { DeficitYear = 2024 },
                } with
                {
                    DecisionDate = Coin() ? null : Date(), ExpectedEffect = Maybe(Text()),
                    Measures = [.. Enumerable.Range(0, random.Next(3)).Select(_ => new ActionPlanMeasure(Text()) { Responsible = Maybe("Rektor"), Deadline = Coin() ? null : Date(), Amount = Coin() ? null : -Amount() })],
                    Reports = Reports(),
                }),
            ],
            StatusCheckTexts =
            [
                .. new[] { "bun", "ks" }.Take(random.Next(3)).Select(u => new StatusCheckTexts(u, ReportingPeriod.Year(2024))
                {
                    Mission = Maybe(Text()), Needs = Maybe(Text()), Challenges = Maybe(Text()), Trends = Maybe(Text()),
                    KeyFigureIds = Coin() ? [] : ["i1"], Author = Maybe("Förvaltningschef"), Date = Coin() ? null : Date(),
                }),
            ],
            AnalysisTexts =
            [
                .. Enumerable.Range(0, random.Next(size)).Select(i => new AnalysisText(Period(), "Förvaltningschef", new LocalDate(2024, 1, 1).PlusDays(i), Text()) { NodeId = Coin() ? "n1" : null } is var t && t.NodeId is null ? t with { UnitId = "bun" } : t),
            ],
        };
    }

    private static Arbitrary<(int Seed, int Size)> Sizes =>
        (from seed in Gen.Choose(0, int.MaxValue) from size in Gen.Choose(1, 5) select (seed, size)).ToArbitrary();

    [Property(MaxTest = 100)]
    public Property RandomFollowUp_RoundTripsToAnEqualModelAndTheSameBytes() =>
        Prop.ForAll(Sizes, x =>
        {
            var model = new ExchangeDocumentBuilder(FollowUpJsonFixture.Base()).WithFollowUp(RandomData(x.Seed, x.Size)).Build();
            var bytes = ModelJson.ToUtf8Bytes(model);
            var read = ModelJson.Read(bytes).Document;
            return model.Equals(read) && bytes.AsSpan().SequenceEqual(ModelJson.ToUtf8Bytes(read!));
        });
}
