using Styrmodell.Model;
using Styrmodell.Validation;

namespace Styrmodell.Tests.Model;

public class SteeringModelBuilderTests
{
    private static SteeringModelBuilder Minimal() =>
        new SteeringModelBuilder(new Municipality("Testby kommun", "0001"))
            .AddUnit(new OrganisationUnit("kf", "Kommunfullmäktige", UnitKinds.Council))
            .AddLevel(new LevelDefinition("vision", "Vision", LevelRole.Vision))
            .AddLevel(new LevelDefinition("mål", "KF-mål", LevelRole.Goal) { ParentLevelIds = ["vision"], OwnerKinds = [UnitKinds.Council] })
            .AddNode(new Node("v", "vision", "Visionen"))
            .AddNode(new Node("m1", "mål", "Mål 1") { ParentId = "v", OwnerId = "kf" });

    [Fact]
    public void Build_ValidModel_ResolvesChildren()
    {
        var model = Minimal().Build();

        Assert.Equal(["m1"], model.ChildrenOf("v").Select(n => n.Id));
        Assert.Equal("KF-mål", model.LevelOf("m1").Name);
    }

    [Fact]
    public void Build_ParentMissing_ReportsDanglingReference()
    {
        var builder = Minimal().AddNode(new Node("m2", "mål", "Mål 2") { ParentId = "saknas", OwnerId = "kf" });

        var problem = Assert.Single(builder.Validate());

        Assert.Equal(ProblemCodes.DanglingReference, problem.Code);
        Assert.Equal(new ProblemLocation(ModelElement.Node, "m2", 2, "parent"), problem.Location);
    }
}
