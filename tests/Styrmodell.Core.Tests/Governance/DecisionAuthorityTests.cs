using Styrmodell.Exchange;
using Styrmodell.Governance;
using Styrmodell.Model;
using Styrmodell.Validation;

namespace Styrmodell.Tests.Governance;

/// <summary>
/// Who may decide what, worked from Arboga kommun's steering model (Styrmodell för Arboga kommun, section 6
/// "Styrdokument", and section 5 on investment frames): KF decides political steering documents that concern the whole
/// municipality, KS and the committees those that concern their own area; KS decides reallocations between investment
/// areas and projects within the total frame; a committee decides reallocations between its own equipment frames.
/// </summary>
public class DecisionAuthorityTests
{
    private static readonly SteeringModel Arboga = new SteeringModelBuilder(new Municipality("Arboga kommun", "1984"))
        .AddUnit(new OrganisationUnit("kf", "Kommunfullmäktige", UnitKinds.Council))
        .AddUnit(new OrganisationUnit("ks", "Kommunstyrelsen", UnitKinds.ExecutiveBoard) { ParentId = "kf" })
        .AddUnit(new OrganisationUnit("klf", "Kommunledningsförvaltningen", UnitKinds.Administration) { ParentId = "ks" })
        .AddUnit(new OrganisationUnit("bun", "Barn- och utbildningsnämnden", UnitKinds.Committee) { ParentId = "kf" })
        .AddUnit(new OrganisationUnit("buf", "Barn- och utbildningsförvaltningen", UnitKinds.Administration) { ParentId = "bun" })
        .AddUnit(new OrganisationUnit("skola", "Gustav Vasaskolan", UnitKinds.Unit) { ParentId = "buf" })
        .Build();

    private static readonly DecisionAuthority ArbogaRules = new(
        AuthorityGrant.ToKind("policy", UnitKinds.Council, AuthorityScope.WholeMunicipality),
        AuthorityGrant.ToKind("policy", UnitKinds.ExecutiveBoard, AuthorityScope.OwnArea),
        AuthorityGrant.ToKind("policy", UnitKinds.Committee, AuthorityScope.OwnArea),
        AuthorityGrant.ToUnit(DecisionMatters.InvestmentReallocation, "ks", AuthorityScope.WholeMunicipality),
        AuthorityGrant.ToKind(DecisionMatters.EquipmentReallocation, UnitKinds.Committee, AuthorityScope.OwnArea));

    [Fact]
    public void CouncilDecidesAPolicyForTheWholeMunicipality() =>
        Assert.Equal(AuthorityVerdict.Allowed, ArbogaRules.Check(Arboga, "policy", "kf", DecisionScope.WholeMunicipality).Verdict);

    [Fact]
    public void CommitteeDecidesAPolicyForItsOwnArea()
    {
        var check = ArbogaRules.Check(Arboga, "policy", "bun", DecisionScope.Units("buf", "skola"));

        Assert.Equal(AuthorityVerdict.Allowed, check.Verdict);
        Assert.Equal(UnitKinds.Committee, check.Grant!.DeciderKind);
    }

    [Fact]
    public void CommitteeMayNotDecideAPolicyForTheWholeMunicipality()
    {
        var check = ArbogaRules.Check(Arboga, "policy", "bun", DecisionScope.WholeMunicipality);

        Assert.Equal(AuthorityVerdict.OutsideScope, check.Verdict);
        Assert.False(check.Stands);
        Assert.Empty(check.UnitsOutside); // the whole municipality: no list of units
    }

    [Fact]
    public void CommitteeMayNotDecideAPolicyForAnotherCommitteesAdministration()
    {
        var check = ArbogaRules.Check(Arboga, "policy", "bun", DecisionScope.Units("skola", "klf"));

        Assert.Equal(AuthorityVerdict.OutsideScope, check.Verdict);
        Assert.Equal(["klf"], check.UnitsOutside);
    }

    [Fact]
    public void AnAdministrationHoldsNoGrantForAPolicy() =>
        Assert.Equal(AuthorityVerdict.NotGranted, ArbogaRules.Check(Arboga, "policy", "buf", DecisionScope.Units("buf")).Verdict);

    [Fact]
    public void OnlyTheExecutiveBoardReallocatesBetweenInvestmentAreas()
    {
        Assert.Equal(AuthorityVerdict.Allowed, ArbogaRules.Check(Arboga, DecisionMatters.InvestmentReallocation, "ks", DecisionScope.Units("bun")).Verdict);
        Assert.Equal(AuthorityVerdict.NotGranted, ArbogaRules.Check(Arboga, DecisionMatters.InvestmentReallocation, "bun", DecisionScope.Units("bun")).Verdict);
    }

    [Fact]
    public void CommitteeReallocatesItsOwnEquipmentFramesOnly()
    {
        Assert.Equal(AuthorityVerdict.Allowed, ArbogaRules.Check(Arboga, DecisionMatters.EquipmentReallocation, "bun", DecisionScope.Units("bun")).Verdict);
        Assert.Equal(AuthorityVerdict.OutsideScope, ArbogaRules.Check(Arboga, DecisionMatters.EquipmentReallocation, "bun", DecisionScope.Units("ks")).Verdict);
    }

    [Fact]
    public void AMatterNoGrantNamesIsNotStated_AndTheDecisionStands()
    {
        var check = ArbogaRules.Check(Arboga, "taxa", "skola", DecisionScope.WholeMunicipality);

        Assert.Equal(AuthorityVerdict.NotStated, check.Verdict);
        Assert.True(check.Stands);
    }

    [Fact]
    public void ADeciderOutsideTheOrganisationIsNamedAsSuch() =>
        Assert.Equal(AuthorityVerdict.UnknownDecider, ArbogaRules.Check(Arboga, "policy", "nedlagd-namnd", DecisionScope.WholeMunicipality).Verdict);

    [Fact]
    public void TheOrderOfTheGrantsChangesNoVerdict()
    {
        var reversed = new DecisionAuthority(ArbogaRules.Grants.Reverse());
        string[] deciders = ["kf", "ks", "klf", "bun", "buf", "skola", "okänd"];
        DecisionScope[] scopes = [DecisionScope.WholeMunicipality, DecisionScope.Units("bun"), DecisionScope.Units("skola", "klf"), DecisionScope.Units("ks")];
        string[] matters = ["policy", DecisionMatters.InvestmentReallocation, DecisionMatters.EquipmentReallocation, "taxa"];
        foreach (var (matter, decider, scope) in from m in matters from d in deciders from s in scopes select (m, d, s))
        {
            Assert.Equal(ArbogaRules.Check(Arboga, matter, decider, scope).Verdict, reversed.Check(Arboga, matter, decider, scope).Verdict);
        }
    }

    [Fact]
    public void AGrantToAMissingUnitAndARepeatedGrantAreProblemsOfTheDocument()
    {
        var authority = new DecisionAuthority(
            AuthorityGrant.ToUnit(DecisionMatters.InvestmentReallocation, "ks", AuthorityScope.WholeMunicipality),
            AuthorityGrant.ToUnit("gemensam-anvisning", "kommundirektoren", AuthorityScope.WholeMunicipality),
            AuthorityGrant.ToUnit(DecisionMatters.InvestmentReallocation, "ks", AuthorityScope.WholeMunicipality));

        var problems = new ExchangeDocumentBuilder(Arboga.ToBuilder()).WithAuthority(authority).Validate();

        Assert.Equal(
            [
                (ProblemCodes.DanglingReference, new ProblemLocation(ModelElement.AuthorityGrant, "gemensam-anvisning", 1, "unit")),
                (ProblemCodes.DuplicateEntry, new ProblemLocation(ModelElement.AuthorityGrant, DecisionMatters.InvestmentReallocation, 2)),
            ],
            problems.Select(p => (p.Code, p.Location)));
        Assert.Throws<ModelValidationException>(() => ExchangeDocument.Create(Arboga).WithAuthority(authority));
    }

    [Fact]
    public void ADocumentKeepsItsAuthority_AndEqualityIncludesIt()
    {
        var plain = ExchangeDocument.Create(Arboga);
        var governed = plain.WithAuthority(ArbogaRules);

        Assert.Same(DecisionAuthority.None, plain.Authority);
        Assert.Equal(ArbogaRules, governed.Authority);
        Assert.NotEqual(plain, governed);
        Assert.Equal(governed, ExchangeDocument.Create(Arboga).WithAuthority(new DecisionAuthority(ArbogaRules.Grants)));
    }
}
