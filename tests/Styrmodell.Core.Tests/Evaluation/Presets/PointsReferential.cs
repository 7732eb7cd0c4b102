using NodaTime;
using Styrmodell.Evaluation;
using Styrmodell.Model;
using static Styrmodell.Tests.Evaluation.EvaluationFixture;

namespace Styrmodell.Tests.Evaluation.Presets;

/// <summary>A points referential for territoires-en-transitions' rules: points as link weights, statuses as manual assessments.</summary>
internal static class PointsReferential
{
    private static readonly LocalDate Reported = new(2025, 1, 15);

    /// <summary>A referential R → axes → actions → sub-actions → tasks; tasks are activities, which the preset counts.</summary>
    internal static SteeringModelBuilder Referential() =>
        new SteeringModelBuilder(new Municipality("Testby kommun", "0001"))
            .AddLevel(new LevelDefinition("ref", "Référentiel", LevelRole.Vision))
            .AddNode(new Node("R", "ref", "Référentiel"))
            .AddLevel(new LevelDefinition("axe", "Axe", LevelRole.TargetArea) { ParentLevelIds = ["ref"] })
            .AddLevel(new LevelDefinition("action", "Action", LevelRole.Goal) { ParentLevelIds = ["axe"] })
            .AddLevel(new LevelDefinition("sous-action", "Sous-action", LevelRole.Goal) { ParentLevelIds = ["action"] })
            .AddLevel(new LevelDefinition("tache", "Tâche", LevelRole.Activity) { ParentLevelIds = ["sous-action"] })
            .AddLevel(new LevelDefinition("ind", "Indicateur", LevelRole.Indicator) { ParentLevelIds = ["sous-action"] });

    internal static SteeringModelBuilder Item(this SteeringModelBuilder builder, string id, string level, string? parent, double points, string? status = null, PointsSplit? split = null)
    {
        builder.AddNode(new Node(id, level, id) { ParentId = parent, Weight = points });
        return status is null ? builder
            : builder.AddAssessment(new ManualAssessment(id, Year2024, status, "Illustrativt: statut importé.", "Import", Reported) { Split = split });
    }

    /// <summary>A status given to an existing node.</summary>
    internal static SteeringModelBuilder Status(this SteeringModelBuilder builder, string id, string status, PointsSplit? split = null) =>
        builder.AddAssessment(new ManualAssessment(id, Year2024, status, "Illustrativt: statut importé.", "Import", Reported) { Split = split });
}
