using Styrmodell.Model;
using Styrmodell.Validation;

namespace Styrmodell.Tests.Model;

/// <summary>Contributions whose target is null, which <see cref="Contribution"/> documents as impossible.</summary>
public partial class ValidationRuleTests
{
    [Fact]
    public void Contribution_WithNullTarget_ThrowsArgumentNull() =>
        Assert.Throws<ArgumentNullException>(() => new Contribution("k1") with { TargetId = null! });

    [Fact]
    public void Validate_DefaultContribution_ReportsProblemInsteadOfThrowing()
    {
        var builder = Base(CommitteeGoal("x") with { Contributions = [default] });

        var problem = SingleProblem(builder);

        Assert.Equal(new ProblemLocation(ModelElement.Node, "x", FirstExtraNode, "contributions[0].target"), problem.Location);
        Assert.Contains(problem.Code, new[] { ProblemCodes.DanglingReference, ProblemCodes.InvalidId });
    }
}
