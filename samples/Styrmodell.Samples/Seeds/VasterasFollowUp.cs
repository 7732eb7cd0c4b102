// Follow-up data of the Västerås seed sample (000_0ebe7be04fcc2127.txt).
//
// From the seed: the nulägeskoll — one A4 page per committee describing its mission, the overall analysis of where it
// stands, the needs of those it serves, its results, its biggest challenges, key figures, and trends with their
// consequences — to be ready in May 2023 as the basis for the committees' goals.
// Illustrative: every text of the committee's status check and its overall analysis.
using NodaTime;
using Styrmodell.FollowUp;
using Styrmodell.Time;

namespace Styrmodell.Samples.Seeds;

/// <summary>The texts of Barn- och ungdomsnämnden's nulägeskoll and its overall analysis (all illustrative).</summary>
public static class VasterasFollowUp
{
    /// <summary>Gets the follow-up data.</summary>
    public static FollowUpData Data { get; } = new()
    {
        StatusCheckTexts =
        [
            new("bun", ReportingPeriod.Year(2022))
            {
                Mission = Illustrative.Note("förskola, grundskola och fritidshem enligt nämndens reglemente."),
                Needs = Illustrative.Note("fler barn och unga behöver stöd för att lyckas i skolan."),
                Challenges = Illustrative.Note("kompetensförsörjning och likvärdighet mellan skolor."),
                Trends = Illustrative.Note("minskande barnkullar i vissa stadsdelar ger tomma lokaler i andra."),
                Author = "Förvaltningsdirektör",
                Date = new LocalDate(2023, 5, 15),
            },
        ],
        AnalysisTexts =
        [
            new(ReportingPeriod.Year(2022), "Förvaltningsdirektör", new LocalDate(2023, 5, 15), Illustrative.Note("resultaten förbättras men skillnaderna mellan skolor ökar.")) { UnitId = "bun" },
        ],
    };
}
