// Follow-up data of the Arboga seed sample (004_626ec6c99c110f06.txt).
//
// From the seed: deviations that cannot be put right within the administration's delegation get an action plan,
// decided by the committee or KS with the recurring report on the economy (to KS in March, June and November); the
// tertial report runs to April, the interim report to August; goals are followed up at the interim and annual reports.
// Illustrative: the deviation, every measure, amount and date, and the analysis text.
using NodaTime;
using Styrmodell.FollowUp;
using Styrmodell.Time;

namespace Styrmodell.Samples.Seeds;

/// <summary>An action plan of Barn- och utbildningsnämnden for a budget deviation, and an analysis of a goal (all illustrative).</summary>
public static class ArbogaFollowUp
{
    /// <summary>Gets the follow-up data.</summary>
    public static FollowUpData Data { get; } = new()
    {
        ActionPlans =
        [
            new("ap-bun-2024-1", "Ekonomi i balans inom barn- och utbildningsnämnden", "bun", ReportingPeriod.Tertial(2024, 1))
            {
                BudgetLine = "Drift: Barn- och utbildningsnämnden",
                DecisionDate = new LocalDate(2024, 5, 28),
                ExpectedEffect = Illustrative.Note("prognosen för helåret förbättras med 2,4 mnkr."),
                Description = Illustrative.Note("åtgärdsplan för en avvikelse som inte kan hanteras inom förvaltningens delegation."),
                Measures =
                [
                    new("Vakanta tjänster tillsätts efter prövning") { Responsible = "Förvaltningschef", Deadline = new LocalDate(2024, 12, 31), Amount = 1_600_000 },
                    new("Samordnade inköp av läromedel") { Responsible = "Rektorer", Deadline = new LocalDate(2024, 9, 30), Amount = 800_000 },
                ],
                Reports = [new(ReportingPeriod.Interim(2024, 8), new LocalDate(2024, 9, 20), WorkStatus.Ongoing) { Text = Illustrative.Note("åtgärderna har gett 1,5 mnkr hittills.") }],
            },
        ],
        AnalysisTexts =
        [
            new(ReportingPeriod.Interim(2024, 8), "Förvaltningschef", new LocalDate(2024, 9, 20), Illustrative.Note("fler elever når kunskapskraven än förra läsåret.")) { NodeId = "bun-1" },
        ],
    };
}
