using NodaTime;
using Styrmodell.Budget;
using Styrmodell.Collections;
using Styrmodell.Exchange;
using Styrmodell.Finance;
using Styrmodell.Governance;
using Styrmodell.Model;
using Styrmodell.Validation;

namespace Styrmodell.Tests.Budget;

/// <summary>
/// An organisation and decision authority after Arboga kommun's steering model (Styrmodell, section 5): KF gives drift
/// frames to KS and each committee; KS decides reallocations between investment areas and projects within the total
/// investment frame; the responsible committee decides reallocations between its equipment frames. Amounts in tkr,
/// invented for the tests.
/// </summary>
internal static class ArbogaBudget
{
    public static SteeringModelBuilder Organisation() => new SteeringModelBuilder(new Municipality("Arboga kommun", "1984"))
        .AddUnit(new OrganisationUnit("kf", "Kommunfullmäktige", UnitKinds.Council))
        .AddUnit(new OrganisationUnit("ks", "Kommunstyrelsen", UnitKinds.ExecutiveBoard) { ParentId = "kf" })
        .AddUnit(new OrganisationUnit("bun", "Barn- och utbildningsnämnden", UnitKinds.Committee) { ParentId = "kf" })
        .AddUnit(new OrganisationUnit("son", "Socialnämnden", UnitKinds.Committee) { ParentId = "kf" })
        .AddUnit(new OrganisationUnit("aldre", "Äldreomsorgen", UnitKinds.Unit) { ParentId = "son" })
        .AddUnit(new OrganisationUnit("ifo", "Individ- och familjeomsorgen", UnitKinds.Unit) { ParentId = "son" });

    /// <summary>Section 5's two reallocation sentences as grants.</summary>
    public static readonly DecisionAuthority Authority = new(
        AuthorityGrant.ToUnit(DecisionMatters.InvestmentReallocation, "ks", AuthorityScope.WholeMunicipality),
        AuthorityGrant.ToKind(DecisionMatters.EquipmentReallocation, UnitKinds.Committee, AuthorityScope.OwnArea));

    public static BudgetFrame Drift(string id, string unit, decimal amount, string? parent = null) =>
        new(id, FrameKind.Drift, unit, 2024, amount, AmountUnit.Thousands) { ParentId = parent };

    public static BudgetFrame Investment(string id, string unit, decimal amount, string? area = null) =>
        new(id, FrameKind.Investment, unit, 2024, amount, AmountUnit.Thousands) { ParentId = area };

    public static BudgetFrame Equipment(string id, string unit, decimal amount, string? parent = null) =>
        new(id, FrameKind.Equipment, unit, 2024, amount, AmountUnit.Thousands) { ParentId = parent };

    public static LocalDate Date(int month, int day) => new(2024, month, day);

    public static EquatableArray<ValidationProblem> Problems(BudgetRecord budget, DecisionAuthority? authority = null) =>
        new ExchangeDocumentBuilder(Organisation()).WithAuthority(authority ?? Authority).WithBudget(budget).Validate();

    public static ExchangeDocument Document(BudgetRecord budget, global::Styrmodell.FollowUp.FollowUpData? followUp = null) =>
        new ExchangeDocumentBuilder(Organisation()).WithAuthority(Authority).WithBudget(budget).WithFollowUp(followUp ?? global::Styrmodell.FollowUp.FollowUpData.Empty).Build();
}
