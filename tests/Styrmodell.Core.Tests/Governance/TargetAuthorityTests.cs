using NodaTime;
using Styrmodell.Exchange;
using Styrmodell.Governance;
using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Validation;

namespace Styrmodell.Tests.Governance;

/// <summary>
/// Target values checked against the same decision authority as the register: when the grants name
/// <see cref="DecisionMatters.TargetValue"/>, a decision whose body names a unit of the organisation must be one the
/// grants allow for the indicator's owner. The rule is illustrative (Arboga's model has KF set the council's goals and
/// the committees their own): KF for any indicator, a committee for its own area's.
/// </summary>
public class TargetAuthorityTests
{
    private static readonly DecisionAuthority Grants = new(
        AuthorityGrant.ToKind(DecisionMatters.TargetValue, UnitKinds.Council, AuthorityScope.WholeMunicipality),
        AuthorityGrant.ToKind(DecisionMatters.TargetValue, UnitKinds.Committee, AuthorityScope.OwnArea));

    private static ExchangeDocument With(string owner, string body, DecisionAuthority authority) =>
        new ExchangeDocumentBuilder(ArbogaRegister.ArbogaModel()
                .AddLevel(new LevelDefinition("ind", "Indikator", LevelRole.Indicator) { ParentLevelIds = ["kf-mal"] })
                .AddNode(new Node("ind1", "ind", "Andel elever med godkända betyg") { ParentId = "kf1", OwnerId = owner })
                .AddIndicator(new Indicator("ind1", MeasureUnit.Percent, Direction.HigherIsBetter)
                {
                    Targets = [new TargetValue(TargetScope.Year(2024), new AbsoluteLevel(75m), new Decision(new LocalDate(2023, 11, 27), body))],
                }))
            .WithAuthority(authority).Build();

    private static (string Code, string? Member)[] Findings(ExchangeDocument document) =>
        [.. document.Warnings().Where(w => w.Code == ProblemCodes.DecidedWithoutAuthority).Select(w => (w.Code, w.Location.Member))];

    [Theory]
    [InlineData("bun", "Kommunfullmäktige")] // KF, by name, for any indicator
    [InlineData("bun", "bun")] // the committee, by id, for its own
    [InlineData("buf", "Barn- och utbildningsnämnden")] // … and for its administration's
    [InlineData("kf", "Kommunfullmäktige i november")] // a body that names no unit is not checked
    public void AllowedOrNotCheckable(string owner, string body) =>
        Assert.Empty(Findings(With(owner, body, Grants)));

    [Theory]
    [InlineData("kf", "Barn- och utbildningsnämnden")] // a committee setting the target of a council indicator
    [InlineData("klf", "bun")] // … or of another committee's administration
    [InlineData("bun", "Barn- och utbildningsförvaltningen")] // an administration holds no grant
    public void DecidedWithoutAuthority(string owner, string body) =>
        Assert.Equal([(ProblemCodes.DecidedWithoutAuthority, "targets[0].decision.body")], Findings(With(owner, body, Grants)));

    [Fact]
    public void GrantsThatDoNotNameTargetValuesCheckNoTarget() =>
        Assert.Empty(Findings(With("kf", "Barn- och utbildningsförvaltningen", DecisionAuthority.None)));
}
