// Seed: /work/shared/seeds/002_eeec7108aee5de8b.txt — Vansbro kommun, "Styrning och ledning i Vansbro kommun", ver 3,
// fastställd av kommunfullmäktige 2022-09-26.
//
// From the seed:
//   - the level names: Vision, Utvecklingsområde, Utvecklingsmål, Utvecklingsindikator, Aktivitet, Grunduppdrag,
//     Kvalitetsfaktor, Kvalitetsindikator, Risk, Kontroll, Åtgärd;
//   - the two parallel hierarchies: verksamhetsutveckling (KF's utvecklingsområden → utvecklingsmål → one or more
//     utvecklingsindikatorer each, and activities that move the goal) and kvalitetsstyrning (grunduppdrag → kvalitets-
//     faktorer → one or more kvalitetsindikatorer each); the vision is a starting point of the first;
//   - the grunduppdrag's four parts (Arbetsgivare, Ekonomi, Övergripande förvaltning, Verksamhet), verbatim;
//   - who decides: KF the vision and utvecklingsområden, KS (Vansbro's only committee) the kvalitetsfaktorer and
//     utvecklingsmål in its nämndsplan and the yearly internkontrollplan; the operations measure the indicators and
//     carry out the activities;
//   - the internal control chain: a risk makes the grunduppdrag harder to reach, a kontroll prevents or lessens it, an
//     åtgärd follows a deviation found by a kontroll; the seed's two kinds of risk (changed legislation, the
//     operation's processes and routines).
// Illustrative: the vision's wording (the seed does not quote it), every utvecklingsområde, goal, factor, indicator,
// activity, risk, kontroll and åtgärd text, and the names of the sector and the operation.
// Illustrative node descriptions start with "Illustrativt:"; the other descriptions restate the seed.
using Styrmodell.Model;

namespace Styrmodell.Samples.Seeds;

/// <summary>
/// Vansbro kommun's steering model, ver 3 of 2022 (seed <c>002_eeec7108aee5de8b.txt</c>): two parallel hierarchies —
/// vision → utvecklingsområde → utvecklingsmål → utvecklingsindikator / aktivitet, and grunduppdrag → kvalitetsfaktor →
/// kvalitetsindikator — and the internal control plan (risk → kontroll → åtgärd).
/// </summary>
public static class VansbroSeed
{
    /// <summary>Gets the seed model.</summary>
    public static SeedModel Model { get; } =
        new("Vansbro kommun: Styrning och ledning i Vansbro kommun, ver 3, 2022 (002_eeec7108aee5de8b.txt)", Create);

    private static SteeringModelBuilder Create() =>
        new SteeringModelBuilder(new Municipality("Vansbro kommun", "2021"))
            .AddUnits(
            [
                new("kf", "Kommunfullmäktige", UnitKinds.Council),
                new("ks", "Kommunstyrelsen", UnitKinds.ExecutiveBoard) { ParentId = "kf" },
                new("sektor", "Sektor barn och utbildning (illustrativ)", UnitKinds.Administration) { ParentId = "ks" },
                new("verksamhet", "Grundskolan (illustrativ)", UnitKinds.Unit) { ParentId = "sektor" },
            ])
            .AddLevels(
            [
                // Verksamhetsutveckling.
                new("vision", "Vision", LevelRole.Vision) { OwnerKinds = [UnitKinds.Council] },
                new("utvecklingsomrade", "Utvecklingsområde", LevelRole.TargetArea) { ParentLevelIds = ["vision"], OwnerKinds = [UnitKinds.Council] },
                new("utvecklingsmal", "Utvecklingsmål", LevelRole.Goal) { ParentLevelIds = ["utvecklingsomrade"], OwnerKinds = [UnitKinds.ExecutiveBoard] },
                new("utvecklingsindikator", "Utvecklingsindikator", LevelRole.Indicator) { ParentLevelIds = ["utvecklingsmal"] },

                // The seed ties each activity to the utvecklingsmål it moves, not to an indicator.
                new("aktivitet", "Aktivitet", LevelRole.Activity)
                {
                    ParentLevelIds = ["utvecklingsmal"],
                    OwnerKinds = [UnitKinds.Administration, UnitKinds.Unit],
                },

                // Kvalitetsstyrning: the grunduppdrag is a starting point of its own, beside the vision.
                new("grunduppdrag", "Grunduppdrag", LevelRole.Mission) { OwnerKinds = [UnitKinds.ExecutiveBoard, UnitKinds.Administration] },
                new("kvalitetsfaktor", "Kvalitetsfaktor", LevelRole.Mission) { ParentLevelIds = ["grunduppdrag"], OwnerKinds = [UnitKinds.ExecutiveBoard] },
                new("kvalitetsindikator", "Kvalitetsindikator", LevelRole.Indicator)
                {
                    ParentLevelIds = ["kvalitetsfaktor"],
                    OwnerKinds = [UnitKinds.Administration, UnitKinds.Unit],
                },

                // Intern kontrollplan, decided yearly by KS.
                new("risk", "Risk", LevelRole.Control) { ParentLevelIds = ["grunduppdrag"], OwnerKinds = [UnitKinds.ExecutiveBoard] },
                new("kontroll", "Kontroll", LevelRole.Control) { ParentLevelIds = ["risk"] },
                new("atgard", "Åtgärd", LevelRole.Control) { ParentLevelIds = ["kontroll"] },
            ])
            .AddNodes(
            [
                new("vision", "vision", "Vansbro kommuns vision") { OwnerId = "kf", Description = Illustrative.Note("seeden nämner visionen men återger inte dess lydelse.") },
                new("uo-1", "utvecklingsomrade", "Livslångt lärande") { ParentId = "vision", OwnerId = "kf", Description = Illustrative.Note("utvecklingsområde.") },
                new("uo-2", "utvecklingsomrade", "Attraktiv arbetsgivare") { ParentId = "vision", OwnerId = "kf", Description = Illustrative.Note("utvecklingsområde.") },
                new("um-1", "utvecklingsmal", "Fler elever i årskurs 9 är behöriga till gymnasieskolan") { ParentId = "uo-1", OwnerId = "ks", Description = Illustrative.Note("utvecklingsmål.") },
                new("um-2", "utvecklingsmal", "Fler medarbetare rekommenderar kommunen som arbetsgivare") { ParentId = "uo-2", OwnerId = "ks", Description = Illustrative.Note("utvecklingsmål.") },
                new("ui-1", "utvecklingsindikator", "Andel elever i årskurs 9 som är behöriga till ett yrkesprogram") { ParentId = "um-1", Description = Illustrative.Note("utvecklingsindikator.") },
                new("ui-2", "utvecklingsindikator", "Andel medarbetare som rekommenderar sin arbetsplats") { ParentId = "um-2", Description = Illustrative.Note("utvecklingsindikator.") },
                new("akt-1", "aktivitet", "Läxhjälp efter skoltid två dagar i veckan") { ParentId = "um-1", OwnerId = "verksamhet", Description = Illustrative.Note("aktivitet i verksamhetsplanen.") },

                new("gu-arbetsgivare", "grunduppdrag", "Arbetsgivare") { OwnerId = "ks", Description = "En av grunduppdragets fyra delar; beskrivs övergripande och gäller alla verksamheter." },
                new("gu-ekonomi", "grunduppdrag", "Ekonomi") { OwnerId = "ks", Description = "En av grunduppdragets fyra delar; beskrivs övergripande och gäller alla verksamheter." },
                new("gu-forvaltning", "grunduppdrag", "Övergripande förvaltning") { OwnerId = "ks", Description = "En av grunduppdragets fyra delar; beskrivs övergripande och gäller alla verksamheter." },
                new("gu-verksamhet", "grunduppdrag", "Verksamhet") { OwnerId = "sektor", Description = "En av grunduppdragets fyra delar; beskrivs för varje verksamhet." },
                new("kf-1", "kvalitetsfaktor", "Friska medarbetare") { ParentId = "gu-arbetsgivare", OwnerId = "ks", Description = Illustrative.Note("kvalitetsfaktor.") },
                new("kf-2", "kvalitetsfaktor", "Trygga elever") { ParentId = "gu-verksamhet", OwnerId = "ks", Description = Illustrative.Note("kvalitetsfaktor.") },
                new("ki-1", "kvalitetsindikator", "Sjukfrånvaro bland kommunens medarbetare") { ParentId = "kf-1", OwnerId = "sektor", Description = Illustrative.Note("kvalitetsindikator.") },
                new("ki-2", "kvalitetsindikator", "Andel elever i årskurs 5 som känner sig trygga i skolan") { ParentId = "kf-2", OwnerId = "verksamhet", Description = Illustrative.Note("kvalitetsindikator.") },

                new("risk-1", "risk", "Ny lagstiftning ställer krav som inte hinner mötas") { ParentId = "gu-verksamhet", OwnerId = "ks", Description = Illustrative.Note("risk av seedens slag 'ändrad lagstiftning som ställer nya krav'.") },
                new("risk-2", "risk", "Leverantörsfakturor attesteras inte enligt rutin") { ParentId = "gu-ekonomi", OwnerId = "ks", Description = Illustrative.Note("risk av seedens slag 'risker i verksamhetens processer/rutiner'.") },
                new("kontroll-1", "kontroll", "Halvårsvis genomgång av ny lagstiftning inom sektorn") { ParentId = "risk-1", Description = Illustrative.Note("kontroll.") },
                new("kontroll-2", "kontroll", "Stickprov på attesterade fakturor varje kvartal") { ParentId = "risk-2", Description = Illustrative.Note("kontroll.") },
                new("atgard-1", "atgard", "Utbildning i attestrutinen för berörda chefer") { ParentId = "kontroll-2", Description = Illustrative.Note("åtgärd vid avvikelse.") },
            ])
            .WithFollowUp(VansbroFollowUp.Data);
}
