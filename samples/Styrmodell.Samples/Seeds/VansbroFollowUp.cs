// Follow-up data of the Vansbro seed sample (002_eeec7108aee5de8b.txt).
//
// From the seed: the internkontrollplan made every year and decided by KS (KL 6 kap. 6 §), its control points worked
// out by a risk analysis (the probability of unwanted events and their consequences); a risk makes the grunduppdrag
// harder to reach and is of one of two kinds (changed legislation, the operation's processes and routines); a
// kontroll prevents or lessens it; an åtgärd is taken on a deviation found by a kontroll; the verksamhetsplan made for
// every operation holds activities, which are what the operation does during the year to reach a development goal.
// Illustrative: the year, the 1–4 scale and its bands, every score, control method, result, deviation, action and
// date; the activity's completion.
using NodaTime;
using Styrmodell.FollowUp;
using Styrmodell.Model;
using Styrmodell.Time;

namespace Styrmodell.Samples.Seeds;

/// <summary>Vansbro's yearly internal control plan (risk → kontroll → åtgärd) and the verksamhetsplan's activity.</summary>
public static class VansbroFollowUp
{
    /// <summary>Gets the follow-up data.</summary>
    public static FollowUpData Data { get; } = new()
    {
        InternalControlPlans =
        [
            new("ik-ks-2023", "ks", 2023, RiskScale.FourSteps)
            {
                DecisionDate = new LocalDate(2022, 12, 12),
                Description = Illustrative.Note("internkontrollplan; år, skala och alla bedömningar är påhittade."),
                Risks =
                [
                    new("risk-1", "Ny lagstiftning ställer krav som inte hinner mötas", 2, 3)
                    {
                        Category = "ändrad lagstiftning som ställer nya krav",
                        GoalIds = ["gu-verksamhet"],
                        Description = Illustrative.Note("risk."),
                        Controls = [new("kontroll-1", "Bevakning av ny lagstiftning inom sektorn", "Genomgång av nya och ändrade författningar", "Sektorchef", ControlFrequency.HalfYearly) { When = "juni och december" }],
                    },
                    new("risk-2", "Leverantörsfakturor attesteras inte enligt rutin", 3, 3)
                    {
                        Category = "risker i verksamhetens processer/rutiner",
                        GoalIds = ["gu-ekonomi"],
                        Description = Illustrative.Note("risk."),
                        Controls =
                        [
                            new("kontroll-2", "Attest av leverantörsfakturor", "Stickprov på 20 fakturor", "Ekonom", ControlFrequency.Quarterly)
                            {
                                Results =
                                [
                                    new(new LocalDate(2023, 4, 14), Illustrative.Note("3 av 20 fakturor saknade attest."))
                                    {
                                        Deviation = "Attest saknas på 3 av 20 fakturor.",
                                        Actions = [new("atgard-1", "Utbildning i attestrutinen för berörda chefer", "Ekonomichef", new LocalDate(2023, 6, 30), WorkStatus.Done)],
                                    },
                                    new(new LocalDate(2023, 7, 14), Illustrative.Note("inga avvikelser.")),
                                ],
                            },
                        ],
                    },
                ],
            },
        ],
        PlanLevels = [new("verksamhetsplan", "Verksamhetsplan", 1) { OwnerKinds = [UnitKinds.Administration, UnitKinds.Unit], Description = "Varje verksamhets plan med nulägesanalys, nyckeltal, aktiviteter, riskanalys och detaljbudget." }],
        Activities =
        [
            new("akt-1", "Läxhjälp efter skoltid två dagar i veckan", "verksamhetsplan", "verksamhet", ReportingPeriod.Year(2023))
            {
                GoalIds = ["um-1"],
                Description = Illustrative.Note("aktivitet i verksamhetsplanen."),
                Reports = [new(ReportingPeriod.Interim(2023, 8), new LocalDate(2023, 9, 15), WorkStatus.Ongoing) { Completion = 60 }],
            },
        ],
    };
}
