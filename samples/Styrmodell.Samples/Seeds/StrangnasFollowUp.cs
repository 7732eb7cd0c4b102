// Follow-up data of the Strängnäs seed sample (001_2602819375960a3a.txt).
//
// From the seed: the four plan levels — flerårsplan (KF's and KS's plan, three years, revised yearly), verksamhetsplan
// (committees and boards, three years, revised yearly), kontorsplan (the officials', three years, revised yearly),
// arbetsplan (the unit's one-year plan of activities) — and that school units plan per läsår; that KF's särskilda
// uppdrag are done within one to three years, with added budget or within the frame, that the officials report how
// they were carried out, and that delårsrapport 1 (to 30 April) follows up KF's goals and special assignments.
// Illustrative: the assignment's decision date, years, goal link and report; the activity's school year, completion
// and report. Their descriptions say so.
using NodaTime;
using Styrmodell.FollowUp;
using Styrmodell.Model;
using Styrmodell.Time;

namespace Styrmodell.Samples.Seeds;

/// <summary>Strängnäs's plans in four levels, one särskilt uppdrag and one activity of a school's arbetsplan.</summary>
public static class StrangnasFollowUp
{
    /// <summary>Gets the follow-up data.</summary>
    public static FollowUpData Data { get; } = new()
    {
        PlanLevels =
        [
            new("flerarsplan", "Flerårsplan", 3) { RevisedYearly = true, OwnerKinds = [UnitKinds.Council, UnitKinds.ExecutiveBoard], Description = "Navet i styrmodellen: det som är styrande de kommande tre åren." },
            new("verksamhetsplan", "Verksamhetsplan", 3) { RevisedYearly = true, ParentId = "flerarsplan", OwnerKinds = [UnitKinds.Committee, UnitKinds.ExecutiveBoard, UnitKinds.Company], Description = "Nämndernas och styrelsernas konkretisering av hur de bidrar till fullmäktigemålen." },
            new("kontorsplan", "Kontorsplan", 3) { RevisedYearly = true, ParentId = "verksamhetsplan", OwnerKinds = [UnitKinds.Administration], Description = "Tjänstemännens tolkning av nämndens mål och särskilda uppdrag." },
            new("arbetsplan", "Arbetsplan", 1) { ParentId = "kontorsplan", OwnerKinds = [UnitKinds.Unit], Description = "Enhetens ettåriga plan för aktiviteter; skolenheter planerar per läsår." },
        ],
        SpecialAssignments =
        [
            new("uppdrag-1", "Utreda behovet av skollokaler i kommunens tätorter", "kf", new LocalDate(2018, 11, 26), 2019, 2020, Funding.WithinFrame)
            {
                OwnerIds = ["bun"],
                GoalIds = ["kf-invanare"],
                Description = Illustrative.Note("särskilt uppdrag från KF inom tilldelad budgetram; beslutsdatum, år och målkoppling är påhittade."),
                Reports =
                [
                    new(ReportingPeriod.Tertial(2019, 1), new LocalDate(2019, 5, 20), WorkStatus.Ongoing)
                    {
                        Completion = 20,
                        Text = Illustrative.Note("redovisning i delårsrapport 1: befolkningsprognos och lokalinventering pågår."),
                    },
                ],
            },
        ],
        Activities =
        [
            new("aktivitet-1", "Lässtöd i förskoleklass till årskurs 3", "arbetsplan", "skola", ReportingPeriod.SchoolYear(2018))
            {
                GoalIds = ["bun-1"],
                Description = Illustrative.Note("aktivitet i enhetens arbetsplan, planerad per läsår."),
                Reports = [new(ReportingPeriod.SchoolYear(2018), new LocalDate(2019, 6, 20), WorkStatus.Done) { Text = Illustrative.Note("genomförd enligt plan.") }],
            },
        ],
    };
}
