namespace Styrmodell.Tool.Tests;

/// <summary>
/// The steering-document register on the command line. The fixture follows Arboga kommun's steering model, section 6
/// "Styrdokument": a policy holds no goals; a committee decides political documents for its own area only.
/// </summary>
public class SteeringDocumentTests
{
    private const string PolicyWithGoalsAndOverreach = """
        {
          "formatVersion": "1.3",
          "municipality": { "name": "Testby kommun", "code": "0001" },
          "units": [
            { "id": "kf", "name": "Kommunfullmäktige", "kind": "KF" },
            { "id": "bun", "name": "Barn- och utbildningsnämnden", "kind": "nämnd", "parent": "kf" }
          ],
          "levels": [ { "id": "mal", "name": "Mål", "role": "goal" } ],
          "nodes": [ { "id": "kf1", "level": "mal", "title": "Ett mål", "owner": "kf" } ],
          "authority": { "grants": [
            { "matter": "policy", "unitKind": "KF", "scope": "wholeMunicipality" },
            { "matter": "policy", "unitKind": "nämnd", "scope": "ownArea" }
          ] },
          "steeringDocuments": {
            "types": [ { "id": "policy", "name": "Policy", "category": "political", "mayStateGoals": false, "mayStateMeasures": false } ],
            "documents": [
              { "id": "a", "title": "Policy med mål", "type": "policy", "decision": { "unit": "kf", "date": "2023-05-10" }, "nodes": [ "kf1" ] },
              { "id": "b", "title": "Nämndens policy för hela kommunen", "type": "policy", "decision": { "unit": "bun", "date": "2023-05-10" } }
            ]
          }
        }
        """;

    [Fact]
    public void Validate_ReportsAPolicyWithGoals_AndADecisionWithoutAuthority()
    {
        using var file = new Cli.TempFile(PolicyWithGoalsAndOverreach);

        var (exitCode, output, _) = Cli.Run("validate", "--warnings-as-errors", file.Path);

        Assert.Equal(ExitCodes.Invalid, exitCode);
        Assert.Contains("warning: $.steeringDocuments.documents[0].nodes[0]: content-not-allowed:", output, StringComparison.Ordinal);
        Assert.Contains("warning: $.steeringDocuments.documents[1].decision.unit: decided-without-authority:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Arboga_ShowsTheRegisterWithTheDocumentsDueForReview()
    {
        // samples/models/arboga.json evaluates 2024 as of 2024-12-31. Its Upphandlingspolicy (illustratively decided by
        // KF 2017-04-24, reviewed once per mandate period) was due by the end of the 2018 council's term, 2022-10-14.
        var (exitCode, output, _) = Cli.Run("evaluate", Cli.Sample("arboga"));

        Assert.Equal(ExitCodes.Success, exitCode);
        var register = output[output.IndexOf("  Styrdokument\n", StringComparison.Ordinal)..];
        Assert.Contains("Att aktualitetspröva inom ett år:", register, StringComparison.Ordinal);
        Assert.Contains("2022-10-14: Upphandlingspolicy * (Policy; aktualitetsprövning försenad)", register, StringComparison.Ordinal);
        Assert.Contains("Antal styrdokument per typ:", register, StringComparison.Ordinal);
    }
}
