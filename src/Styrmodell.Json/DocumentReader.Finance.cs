using System.Globalization;
using Styrmodell.Evaluation;
using Styrmodell.Finance;
using Styrmodell.Json.Dto;
using Styrmodell.Model;
using Styrmodell.Targets;

namespace Styrmodell.Json;

/// <summary>The "finance" section: figures per fiscal year, reserve guidelines, deficit decisions and the GEH rule.</summary>
internal sealed partial class DocumentReader
{
    private const string FinancePath = "$.finance";

    /// <summary>Gets the financial record the document carries, or <see langword="null"/>.</summary>
    public MunicipalFinances? Finance { get; private set; }

    /// <summary>Maps the section; every problem is reported, and nothing is kept when there is one.</summary>
    private MunicipalFinances? FinanceSection(FinanceDto f)
    {
        var before = _problems.Count;
        Unknown(f.Unknown, FinancePath);
        var unit = Enum<AmountUnit>(f.Unit, FinancePath + ".unit");
        var years = new List<FinancialYear>();
        var seen = new Dictionary<int, int>();
        for (var k = 0; k < f.Years.Count; k++)
        {
            var at = $"{FinancePath}.years[{k.ToString(CultureInfo.InvariantCulture)}]";
            var fiscalYear = f.Years[k].FiscalYear;
            if (!seen.TryAdd(fiscalYear, k))
            {
                _problems.Add(new(at + ".fiscalYear", JsonProblemCodes.InvalidValue,
                    $"Fiscal year {fiscalYear.ToString(CultureInfo.InvariantCulture)} is already given at {FinancePath}.years[{seen[fiscalYear].ToString(CultureInfo.InvariantCulture)}]."));
            }

            if (YearOf(f.Years[k], unit ?? AmountUnit.Kronor, at) is { } year)
            {
                years.Add(year);
            }
        }

        var guidelines = f.Guidelines is { } g ? GuidelinesOf(g, FinancePath + ".guidelines") : null;
        var deficits = new List<DeficitDecision>();
        for (var k = 0; k < (f.DeficitDecisions?.Count ?? 0); k++)
        {
            var at = $"{FinancePath}.deficitDecisions[{k.ToString(CultureInfo.InvariantCulture)}]";
            if (DeficitDecisionOf(f.DeficitDecisions![k], at) is { } decision)
            {
                deficits.Add(decision);
            }
        }

        var rule = f.GoodFinancialManagement is { } r ? GoodFinancialManagementOf(r) : null;
        if (_problems.Count > before || unit is null)
        {
            return null;
        }

        return new MunicipalFinances(unit.Value, years) { Guidelines = guidelines, DeficitDecisions = [.. deficits], Rule = rule };
    }

    /// <summary>Reports the goals the rule's conditions name that the model does not have.</summary>
    private FinancialYear? YearOf(FinancialYearDto y, AmountUnit unit, string at)
    {
        Unknown(y.Unknown, at);
        if (y.FiscalYear is < FinancialYear.FirstBalanceRequirementYear or > 9999)
        {
            _problems.Add(new(at + ".fiscalYear", JsonProblemCodes.InvalidValue,
                $"Fiscal year {y.FiscalYear.ToString(CultureInfo.InvariantCulture)} is outside {FinancialYear.FirstBalanceRequirementYear.ToString(CultureInfo.InvariantCulture)}–9999, the years the balance requirement applies to."));
            return null;
        }

        var items = new List<RealisationItem>();
        for (var k = 0; k < (y.RealisationItems?.Count ?? 0); k++)
        {
            var item = y.RealisationItems![k];
            var itemAt = $"{at}.realisationItems[{k.ToString(CultureInfo.InvariantCulture)}]";
            Unknown(item.Unknown, itemAt);
            if (Guarded(() => new RealisationItem(item.Description, item.Amount, item.Exempted ?? false, item.ExemptionReason), itemAt) is { } made)
            {
                items.Add(made);
            }
        }

        var reserve = y.ReserveDecision is { } r ? ReserveDecisionOf(r, at + ".reserveDecision") : null;
        return new FinancialYear(y.FiscalYear, unit, y.Result)
        {
            TaxRevenue = y.TaxRevenue,
            GeneralGrantsAndEqualisation = y.GeneralGrantsAndEqualisation,
            NetCosts = y.NetCosts,
            FinancialItems = y.FinancialItems,
            RealisationItems = [.. items],
            UnrealisedSecuritiesGainsLosses = y.UnrealisedSecuritiesGainsLosses ?? 0m,
            ReversalOfUnrealisedSecurities = y.ReversalOfUnrealisedSecurities ?? 0m,
            Equity = y.Equity,
            PensionCommitmentsOutsideBalanceSheet = y.PensionCommitmentsOutsideBalanceSheet,
            TotalAssets = y.TotalAssets,
            LiabilitiesAndProvisions = y.LiabilitiesAndProvisions,
            Investments = y.Investments,
            Depreciation = y.Depreciation,
            BudgetedResult = y.BudgetedResult,
            ReserveBalanceCarriedIn = y.ReserveBalanceCarriedIn,
            ReserveDecision = reserve,
            Source = y.Source,
        };
    }

    private ReserveDecision? ReserveDecisionOf(ReserveDecisionDto r, string at)
    {
        Unknown(r.Unknown, at);
        var decision = r.Decision is { } d ? DecisionOf(d, at + ".decision") : null;
        ReserveDecision? made = (r.Reservation, r.Use) switch
        {
            ({ } amount and >= 0, null) => Styrmodell.Finance.ReserveDecision.Reserve(amount),
            (null, { } amount and >= 0) => Styrmodell.Finance.ReserveDecision.UseReserve(amount),
            _ => null,
        };
        if (made is null)
        {
            _problems.Add(new(at, JsonProblemCodes.InvalidValue, "A reserve decision has either 'reservation' or 'use', a non-negative amount, not both."));
            return null;
        }

        return made with { Decision = decision, TaxBaseGrowth = r.TaxBaseGrowth, AverageTaxBaseGrowth = r.AverageTaxBaseGrowth };
    }

    private MunicipalGuidelines? GuidelinesOf(GuidelinesDto g, string at)
    {
        Unknown(g.Unknown, at);
        var decision = g.Decision is { } d ? DecisionOf(d, at + ".decision") : null;
        return Guarded(() => new MunicipalGuidelines(g.Name), at + ".name") is { } made
            ? made with
            {
                Decision = decision,
                ReservationThresholdShare = g.ReservationThresholdShare,
                MaximumReserveShare = g.MaximumReserveShare,
                UseOnlyWhenTaxBaseGrowthBelowAverage = g.UseOnlyWhenTaxBaseGrowthBelowAverage ?? false,
            }
            : null;
    }

    private DeficitDecision? DeficitDecisionOf(DeficitDecisionDto d, string at)
    {
        Unknown(d.Unknown, at);
        var kind = Enum<DeficitDecisionKind>(d.Kind, at + ".kind");
        var decision = DecisionOf(d.Decision, at + ".decision");
        if (d.WaivedAmount is < 0)
        {
            _problems.Add(new(at + ".waivedAmount", JsonProblemCodes.InvalidValue, "A waived amount must not be negative."));
            return null;
        }

        return kind is { } k && decision is not null
            ? Guarded(() => new DeficitDecision(d.DeficitYear, k, d.Motivation, decision) { WaivedAmount = d.WaivedAmount }, at)
            : null;
    }

    private GoodFinancialManagementRule? GoodFinancialManagementOf(GoodFinancialManagementDto r)
    {
        var at = FinancePath + ".goodFinancialManagement";
        Unknown(r.Unknown, at);
        var conditions = new List<GoalCondition>();
        for (var k = 0; k < (r.Conditions?.Count ?? 0); k++)
        {
            var c = r.Conditions![k];
            var conditionAt = $"{at}.conditions[{k.ToString(CultureInfo.InvariantCulture)}]";
            Unknown(c.Unknown, conditionAt);
            var quantifier = Enum<GoalQuantifier>(c.Quantifier, conditionAt + ".quantifier");
            if (quantifier is { } q && Guarded(() => new GoalCondition(c.Name, [.. c.Goals], q, c.MinimumCategory), conditionAt) is { } made)
            {
                conditions.Add(made);
            }
        }

        return new GoodFinancialManagementRule { RequireBalanceRequirement = r.RequireBalanceRequirement ?? true, Conditions = [.. conditions] };
    }

    private Decision? DecisionOf(DecisionDto d, string at)
    {
        Unknown(d.Unknown, at);
        Unknown(d.Provenance?.Unknown, at + ".provenance");
        return Date(d.Date, at + ".date") is { } date ? Guarded(() => new Decision(date, d.Body, d.Reference) { Provenance = ProvenanceOf.Read(d.Provenance, d.Reference) }, at + ".body") : null;
    }

    /// <summary>Runs a constructor whose guards reject the value, reporting the guard's message at <paramref name="at"/>.</summary>
    private T? Guarded<T>(Func<T> create, string at)
        where T : class
    {
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            _problems.Add(new(at, JsonProblemCodes.InvalidValue, FirstLine(e.Message)));
            return null;
        }
    }
}
