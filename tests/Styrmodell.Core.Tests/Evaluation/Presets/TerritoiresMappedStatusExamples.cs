using Styrmodell.Evaluation;

namespace Styrmodell.Tests.Evaluation.Presets;

/// <summary>
/// The status a mapped node takes when its referential replaces its origins' (<see cref="MappedStatus"/>). Worked
/// examples from incubateur-ademe/territoires-en-transitions,
/// <c>apps/backend/src/referentiels/switch-to-te/merge-statuts/merge-statuts.rules.spec.ts</c>: every case of
/// <c>deriveStatutFromProjection</c>, and the cases of its parts (<c>deriveTripletFromProjectedPoints</c>,
/// <c>isTripletStatutDiscret</c>, <c>deriveStatutDiscret</c>, <c>arrondiTripletCinqPourcent</c>) as they show in the
/// status derived from points with a potential of 1 (the triplet is then the points themselves) or 10.
/// </summary>
public class TerritoiresMappedStatusExamples
{
    private static MappedStatus Derive(double done, double planned, double notDone, double potential = 1) =>
        MappedStatus.FromPoints(done * potential, planned * potential, notDone * potential, potential, 1);

    [Fact]
    public void DeriveStatutFromProjection_NonConcerne_SansSourceConcernee()
    {
        // 'retourne NON_CONCERNE sans source concernée'.
        Assert.Equal(MappedStatusKind.NotConcerned, MappedStatus.FromPoints(0, 0, 0, 5, 0).Kind);
    }

    [Fact]
    public void DeriveStatutFromProjection_NonRenseigne_SourcesConcerneesSansAvancement()
    {
        // 'retourne NON_RENSEIGNE si sources concernées sans avancement'.
        Assert.Equal(MappedStatusKind.NotReported, MappedStatus.FromPoints(0, 0, 0, 5, 1).Kind);
    }

    [Fact]
    public void DeriveStatutFromProjection_Fait_PourUnTripletDiscret()
    {
        // 'retourne fait pour un triplet discret [1,0,0]': 5 of 5 done.
        var status = MappedStatus.FromPoints(5, 0, 0, 5, 1);

        Assert.Equal(MappedStatusKind.Done, status.Kind);
        Assert.Null(status.DoneShare);
    }

    [Fact]
    public void DeriveStatutFromProjection_Fait_PourUnResiduPostArrondi()
    {
        // 'retourne fait pour un résidu post-arrondi scoring': 4.995 done, 0.005 not done of 5.
        Assert.Equal(MappedStatusKind.Done, MappedStatus.FromPoints(4.995, 0, 0.005, 5, 1).Kind);
    }

    [Fact]
    public void DeriveStatutFromProjection_Detaille_TripletArrondi()
    {
        // 'retourne detaille + triplet arrondi pour [0.74, 0, 0.26]': 3.7 and 1.3 of 5 give détaillé [0.7, 0, 0.3].
        var status = MappedStatus.FromPoints(3.7, 0, 1.3, 5, 1);

        Assert.Equal(MappedStatusKind.Detailed, status.Kind);
        Assert.Equal((0.7, 0.0, 0.3), (status.DoneShare!.Value, status.PlannedShare!.Value, status.NotDoneShare!.Value));
    }

    [Fact]
    public void DeriveStatutFromProjection_Detaille_PourLeBord()
    {
        // 'retourne detaille pour le bord [0.99, 0, 0.01]': 4.95 and 0.05 of 5 give détaillé [0.95, 0, 0.05].
        var status = MappedStatus.FromPoints(4.95, 0, 0.05, 5, 1);

        Assert.Equal(MappedStatusKind.Detailed, status.Kind);
        Assert.Equal((0.95, 0.0, 0.05), (status.DoneShare!.Value, status.PlannedShare!.Value, status.NotDoneShare!.Value));
    }

    [Fact]
    public void DeriveTriplet_CalculeLesFractions()
    {
        // deriveTripletFromProjectedPoints, 'calcule les fractions à partir des points projetés': 7, 0, 3 of 10 are
        // [0.7, 0, 0.3] — a detailed split that needs no rounding.
        var status = MappedStatus.FromPoints(7, 0, 3, 10, 1);

        Assert.Equal((0.7, 0.0, 0.3), (status.DoneShare!.Value, status.PlannedShare!.Value, status.NotDoneShare!.Value));
    }

    [Fact]
    public void DeriveTriplet_ZeroPotentiel_GivesNoShares()
    {
        // deriveTripletFromProjectedPoints, 'retourne [0,0,0] si pointPotentiel est nul': with 1 point done of a
        // potential of 0 the triplet is [0, 0, 0], not a single status, so deriveStatutFromProjection rounds it to détaillé
        // [0, 0, 1] (not done takes what done and planned leave).
        var status = MappedStatus.FromPoints(1, 0, 0, 0, 1);

        Assert.Equal(MappedStatusKind.Detailed, status.Kind);
        Assert.Equal((0.0, 0.0, 1.0), (status.DoneShare!.Value, status.PlannedShare!.Value, status.NotDoneShare!.Value));
    }

    [Theory]
    // isTripletStatutDiscret and deriveStatutDiscret: 'détecte un triplet pur [1,0,0]', 'absorbe le résidu post-arrondi
    // scoring [0.999, 0, 0.001]', 'retourne fait pour un triplet dominant fait', 'retourne fait pour un résidu post-arrondi'.
    [InlineData(1, 0, 0)]
    [InlineData(0.999, 0, 0.001)]
    public void IsTripletStatutDiscret_Fait(double done, double planned, double notDone)
    {
        Assert.Equal(MappedStatusKind.Done, Derive(done, planned, notDone).Kind);
    }

    [Theory]
    // isTripletStatutDiscret: 'rejette un triplet détaillé [0.74, 0, 0.26]' and 'rejette le bord détaillé [0.99, 0, 0.01]
    // (0.01 > ε)' — both are détaillé, rounded down to 70 % and 95 % done.
    [InlineData(0.74, 0.26, 0.7, 0.3)]
    [InlineData(0.99, 0.01, 0.95, 0.05)]
    public void IsTripletStatutDiscret_Rejette(double done, double notDone, double doneShare, double notDoneShare)
    {
        var status = Derive(done, 0, notDone);

        Assert.Equal(MappedStatusKind.Detailed, status.Kind);
        Assert.Equal((doneShare, 0.0, notDoneShare), (status.DoneShare!.Value, status.PlannedShare!.Value, status.NotDoneShare!.Value));
        Assert.True(0.01 > MappedStatus.Tolerance);
    }

    [Fact]
    public void ArrondiTripletCinqPourcent_RecalculePasFait()
    {
        // arrondiTripletCinqPourcent, 'recalcule pas_fait pour compléter à 100 %': [0.5, 0.5, 0] stays [0.5, 0.5, 0].
        var status = Derive(0.5, 0.5, 0);

        Assert.Equal((0.5, 0.5, 0.0), (status.DoneShare!.Value, status.PlannedShare!.Value, status.NotDoneShare!.Value));
    }

    [Fact]
    public void MappedPoints_FromTheWeightedMappingRule_GiveTheStatus()
    {
        // score-from-origines.rules.spec.ts 'Standard test avec ponderation' projected: 2.571 done of 3 → détaillé
        // [0.85, 0, 0.15] (85.7 % rounded down to 85 %).
        var status = MappedStatus.FromPoints(2.571, 0, 0, 3, 4);

        Assert.Equal((MappedStatusKind.Detailed, 0.85, 0.0, 0.15), (status.Kind, status.DoneShare!.Value, status.PlannedShare!.Value, status.NotDoneShare!.Value));
    }
}
