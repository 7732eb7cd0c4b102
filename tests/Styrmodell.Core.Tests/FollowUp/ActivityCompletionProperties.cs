using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Styrmodell.Exchange;
using Styrmodell.Evaluation;
using Styrmodell.FollowUp;
using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Time;
using static Styrmodell.Tests.FollowUp.FollowUpFixture;

namespace Styrmodell.Tests.FollowUp;

/// <summary>Completion outcomes lie between the least and the most complete activity and do not depend on activity order.</summary>
public class ActivityCompletionProperties
{
    private static Arbitrary<int[]> Completions => Gen.Choose(0, 100).ArrayOf().Where(a => a.Length > 0).ToArbitrary();

    private static ExchangeDocument Model(IEnumerable<int> completions) =>
        Builder()
            .AddNode(new Node("genomf", "ind", "Genomförda aktiviteter") { ParentId = "n1" })
            .AddIndicator(new Indicator("genomf", MeasureUnit.Percent, Direction.HigherIsBetter))
            .With(new FollowUpData
            {
                PlanLevels = [new PlanLevel("vp", "Verksamhetsplan", 1)],
                Activities =
                [
                    .. completions.Select((c, i) => new Activity($"a{i}", "A", "vp", "bun", Year2024)
                    {
                        CompletionIndicatorId = "genomf",
                        Reports = [new ProgressReport(Year2024, AsOf, c == 100 ? WorkStatus.Done : c == 0 ? WorkStatus.NotStarted : WorkStatus.Ongoing) { Completion = c }],
                    }),
                ],
            })
            .Build();

    [Property(MaxTest = 50)]
    public Property Outcome_IsBetweenTheExtremes_AndOrderIndependent() =>
        Prop.ForAll(Completions, completions =>
        {
            var value = ActivityCompletion.Measure(Model(completions).FollowUp, Year2024, AsOf, MissingDataPolicy.Exclude).Single().Outcome.Value!.Value.Value;
            var reversed = ActivityCompletion.Measure(Model(completions.Reverse()).FollowUp, Year2024, AsOf, MissingDataPolicy.Exclude).Single().Outcome.Value!.Value.Value;
            return value >= completions.Min() && value <= completions.Max() && value == reversed;
        });
}
