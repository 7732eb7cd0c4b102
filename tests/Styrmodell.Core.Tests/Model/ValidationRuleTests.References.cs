using Styrmodell.Model;
using Styrmodell.Validation;

namespace Styrmodell.Tests.Model;

/// <summary>References to elements that do not exist, and links the level schema does not allow.</summary>
public partial class ValidationRuleTests
{
    [Fact]
    public void Validate_NodeAtUndefinedLevel_ReportsUnknownLevel() =>
        AssertProblem(SingleProblem(Base(new Node("x", "saknas", "X"))),
            ProblemCodes.UnknownLevel, ModelElement.Node, "x", FirstExtraNode, "level", "'x'", "'saknas'");

    [Fact]
    public void Validate_ParentDoesNotExist_ReportsDanglingParent() =>
        AssertProblem(SingleProblem(Base(CommitteeGoal("x") with { ParentId = "saknas" })),
            ProblemCodes.DanglingReference, ModelElement.Node, "x", FirstExtraNode, "parent", "'x'", "'saknas'");

    [Fact]
    public void Validate_OwnerDoesNotExist_ReportsDanglingOwner() =>
        AssertProblem(SingleProblem(Base(CommitteeGoal("x") with { OwnerId = "saknas" })),
            ProblemCodes.DanglingReference, ModelElement.Node, "x", FirstExtraNode, "owner", "'x'", "'saknas'");

    [Fact]
    public void Validate_SecondContributionTargetDoesNotExist_ReportsDanglingAtThatContribution() =>
        AssertProblem(SingleProblem(Base(CommitteeGoal("x") with { Contributions = [new("k2"), new("saknas")] })),
            ProblemCodes.DanglingReference, ModelElement.Node, "x", FirstExtraNode, "contributions[1].target", "'x'", "'saknas'");

    [Fact]
    public void Validate_UnitParentDoesNotExist_ReportsDanglingUnitParent() =>
        AssertProblem(SingleProblem(Base().AddUnit(new OrganisationUnit("x", "Tekniska nämnden", UnitKinds.Committee) { ParentId = "saknas" })),
            ProblemCodes.DanglingReference, ModelElement.Unit, "x", FirstExtraUnit, "parent", "'x'", "'saknas'");

    [Fact]
    public void Validate_ParentLevelNotDefined_ReportsDanglingAtThatParentLevel() =>
        AssertProblem(SingleProblem(Base().AddLevel(new LevelDefinition("akt", "Aktivitet", LevelRole.Activity) { ParentLevelIds = ["nmal", "saknas"] })),
            ProblemCodes.DanglingReference, ModelElement.Level, "akt", FirstExtraLevel, "parentLevelIds[1]", "'akt'", "'saknas'");

    [Fact]
    public void Validate_ParentAtLevelNotAllowed_ReportsLevelNotAllowedUnderParent() =>
        AssertProblem(SingleProblem(Base(CommitteeGoal("x") with { ParentId = "o1" })),
            ProblemCodes.LevelNotAllowedUnderParent, ModelElement.Node, "x", FirstExtraNode, "parent", "'x'", "'o1'", "'omr'", "kfmal");

    [Fact]
    public void Validate_NoParentBelowTopLevel_ReportsMissingParent() =>
        AssertProblem(SingleProblem(Base(new Node("x", "omr", "Föräldralöst område"))),
            ProblemCodes.MissingParent, ModelElement.Node, "x", FirstExtraNode, "parent", "'x'", "vision");

    [Fact]
    public void Validate_ParentAtTopLevel_ReportsUnexpectedParent() =>
        AssertProblem(SingleProblem(Base(new Node("x", "vision", "Andra visionen") { ParentId = "v" })),
            ProblemCodes.UnexpectedParent, ModelElement.Node, "x", FirstExtraNode, "parent", "'x'", "'v'");

    [Fact]
    public void Validate_ContributionToLevelNotAllowed_ReportsContributionLevelNotAllowed() =>
        AssertProblem(SingleProblem(Base(CommitteeGoal("x") with { Contributions = [new("o2")] })),
            ProblemCodes.ContributionLevelNotAllowed, ModelElement.Node, "x", FirstExtraNode, "contributions[0].target", "'x'", "'o2'");

    [Fact]
    public void Validate_ContributionFromTopLevel_ReportsContributionLevelNotAllowed() =>
        AssertProblem(SingleProblem(Base(new Node("x", "vision", "Andra visionen") { Contributions = [new("o1")] })),
            ProblemCodes.ContributionLevelNotAllowed, ModelElement.Node, "x", FirstExtraNode, "contributions[0].target", "'x'", "'o1'");

    [Fact]
    public void Validate_ContributionToOwnParent_ReportsDuplicateLink() =>
        AssertProblem(SingleProblem(Base(CommitteeGoal("x") with { Contributions = [new("k1")] })),
            ProblemCodes.DuplicateLink, ModelElement.Node, "x", FirstExtraNode, "contributions[0].target", "'x'", "'k1'");

    [Fact]
    public void Validate_SameContributionTwice_ReportsDuplicateLinkAtSecond() =>
        AssertProblem(SingleProblem(Base(CommitteeGoal("x") with { Contributions = [new("k2"), new("k2", 3)] })),
            ProblemCodes.DuplicateLink, ModelElement.Node, "x", FirstExtraNode, "contributions[1].target", "'x'", "'k2'");

    [Fact]
    public void Validate_OwnerOfKindNotAllowed_ReportsOwnerNotAllowed() =>
        AssertProblem(SingleProblem(Base(CommitteeGoal("x") with { OwnerId = "ks" })),
            ProblemCodes.OwnerNotAllowed, ModelElement.Node, "x", FirstExtraNode, "owner", "'x'", "'ks'", UnitKinds.Committee);

    [Fact]
    public void Validate_NoOwnerWhereLevelNeedsOne_ReportsMissingOwner() =>
        AssertProblem(SingleProblem(Base(CommitteeGoal("x") with { OwnerId = null })),
            ProblemCodes.MissingOwner, ModelElement.Node, "x", FirstExtraNode, "owner", "'x'", UnitKinds.Committee);

    [Fact]
    public void Validate_AnyOwnerWhereLevelRestrictsNone_ReportsNothing() =>
        Assert.Empty(Base(new Node("x", "omr", "Område") { ParentId = "v", OwnerId = "bun" }).Validate());
}
