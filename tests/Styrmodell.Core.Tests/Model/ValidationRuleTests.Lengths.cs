using Styrmodell.Model;
using Styrmodell.Validation;

namespace Styrmodell.Tests.Model;

/// <summary>
/// The length limits apply to models built in code as well as read: ids up to <see cref="TextLimits.MaxIdLength"/>
/// (200) characters, names and titles up to <see cref="TextLimits.MaxNameLength"/> (500).
/// </summary>
public partial class ValidationRuleTests
{
    [Fact]
    public void Validate_TitleOf500Characters_IsAllowed() =>
        Assert.Empty(Base(CommitteeGoal("x") with { Title = new string('t', 500) }).Validate());

    [Fact]
    public void Validate_TitleOf501Characters_IsTooLong() =>
        AssertProblem(SingleProblem(Base(CommitteeGoal("x") with { Title = new string('t', 501) })),
            ProblemCodes.TextTooLong, ModelElement.Node, "x", FirstExtraNode, "title", "501 characters long; at most 500 are allowed");

    [Fact]
    public void Validate_IdOf201Characters_IsTooLong_AndTheLocationCutsIt()
    {
        var id = new string('x', 201);

        var problem = SingleProblem(Base(CommitteeGoal(id)));

        AssertProblem(problem, ProblemCodes.TextTooLong, ModelElement.Node, new string('x', 40) + "…", FirstExtraNode, "id", "The id is 201 characters long; at most 200 are allowed.");
    }

    [Fact]
    public void Validate_UnitAndLevelNamesOf501Characters_AreTooLong()
    {
        var problems = Base()
            .AddUnit(new OrganisationUnit("x", new string('n', 501), UnitKinds.Committee) { ParentId = "kf" })
            .AddLevel(new LevelDefinition("y", new string('n', 501), LevelRole.Activity) { ParentLevelIds = ["nmal"] })
            .Validate();

        Assert.Equal(
            [new ProblemLocation(ModelElement.Unit, "x", FirstExtraUnit, "name"), new ProblemLocation(ModelElement.Level, "y", FirstExtraLevel, "name")],
            problems.Where(p => p.Code == ProblemCodes.TextTooLong).Select(p => p.Location));
    }

    [Fact]
    public void Validate_MunicipalityNameOf501Characters_IsTooLong()
    {
        var problem = SingleProblem(new SteeringModelBuilder(new Municipality(new string('k', 501), "0001")));

        AssertProblem(problem, ProblemCodes.TextTooLong, ModelElement.Model, "0001", 0, "municipality.name", "The municipality's name is 501 characters long");
    }
}
