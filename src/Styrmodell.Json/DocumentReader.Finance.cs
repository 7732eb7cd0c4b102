using System.Globalization;
using Styrmodell.Evaluation;
using Styrmodell.Finance;
using Styrmodell.Json.Dto;
using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Validation;

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
        if (f.Decimals is < 0 or > BalanceRequirementReconciliation.MaximumDecimals)
        {
            _problems.Add(new(FinancePath + ".decimals", JsonProblemCodes.InvalidValue,
                $"Decimals must be 0–{BalanceRequirementReconciliation.MaximumDecimals.ToString(CultureInfo.InvariantCulture)}."));
        }

        var options = f.ReserveOptions is { } o ? ReserveOptionsOf(o, FinancePath + ".reserveOptions") : null;
        if (_problems.Count > before || unit is null)
        {
            return null;
        }

        var finances = new MunicipalFinances(unit.Value, years)
        {
            Guidelines = guidelines, DeficitDecisions = [.. deficits], Rule = rule, Decimals = f.Decimals, ReserveOptions = options,
        };
        FinanceFindings(finances);
        return _problems.Count > before ? null : finances;
    }

    /// <summary>
    /// Reports what the record's own check finds at its JSON path: figures that cannot be (invalid-figure) as problems;
    /// decisions against the rules, printed totals that differ and years outside the record as warnings, since the
    /// document itself is valid and its evaluation shows them.
    /// </summary>
    private void FinanceFindings(MunicipalFinances finances)
    {
        foreach (var problem in finances.Check())
        {
            var location = problem.Location;
            var member = location.Member is { } m ? "." + m : "";
            var path = location.Element switch
            {
                ModelElement.Deficit => $"{FinancePath}.deficitDecisions[{location.Index.ToString(CultureInfo.InvariantCulture)}]{member}",
                _ when location.Member?.StartsWith("guidelines.", StringComparison.Ordinal) == true => FinancePath + member,
                _ => $"{FinancePath}.years[{location.Index.ToString(CultureInfo.InvariantCulture)}]{member}",
            };
            (problem.Code == ProblemCodes.InvalidFigure ? _problems : _warnings).Add(new(path, problem.Code, problem.Message));
        }
    }

    private ResultReserveOptions? ReserveOptionsOf(ReserveOptionsDto o, string at)
    {
        Unknown(o.Unknown, at);
        var aboveCeiling = o.AboveCeiling is { } text ? Enum<ReserveAboveCeilingTreatment>(text, at + ".aboveCeiling") : ReserveAboveCeilingTreatment.Keep;
        return aboveCeiling is { } a ? new ResultReserveOptions { AboveCeiling = a, AllowUseBeyondDeficit = o.AllowUseBeyondDeficit ?? false } : null;
    }

    /// <summary>The largest amount the finance section takes (10^24 in its unit): sums and products of such figures stay within decimal's range.</summary>
    private const decimal LargestAmount = 1_000_000_000_000_000_000_000_000m;

    private void Bounded(string at, params ReadOnlySpan<(string Name, decimal? Value)> amounts)
    {
        foreach (var (name, value) in amounts)
        {
            if (value is { } v && Math.Abs(v) > LargestAmount)
            {
                _problems.Add(new(at + "." + name, JsonProblemCodes.InvalidValue, "An amount must lie within ±10^24 so that the reconciliation's sums stay within decimal's range."));
            }
        }
    }

    /// <summary>Reports the goals the rule's conditions name that the model does not have.</summary>
    private FinancialYear? YearOf(FinancialYearDto y, AmountUnit unit, string at)
    {
        Unknown(y.Unknown, at);
        Unknown(y.Provenance?.Unknown, at + ".provenance");
        if (y.FiscalYear is < FinancialYear.FirstBalanceRequirementYear or > 9999)
        {
            _problems.Add(new(at + ".fiscalYear", JsonProblemCodes.InvalidValue,
                $"Fiscal year {y.FiscalYear.ToString(CultureInfo.InvariantCulture)} is outside {FinancialYear.FirstBalanceRequirementYear.ToString(CultureInfo.InvariantCulture)}–9999, the years the balance requirement applies to."));
            return null;
        }

        Bounded(at, ("result", y.Result), ("taxRevenue", y.TaxRevenue), ("generalGrantsAndEqualisation", y.GeneralGrantsAndEqualisation),
            ("taxesGrantsAndEqualisation", y.TaxesGrantsAndEqualisation), ("netCosts", y.NetCosts), ("financialItems", y.FinancialItems),
            ("unrealisedSecuritiesGainsLosses", y.UnrealisedSecuritiesGainsLosses), ("reversalOfUnrealisedSecurities", y.ReversalOfUnrealisedSecurities),
            ("printedResultAfterAdjustments", y.PrintedResultAfterAdjustments), ("printedBalanceRequirementResult", y.PrintedBalanceRequirementResult),
            ("deficitCarriedIn", y.DeficitCarriedIn), ("equity", y.Equity), ("pensionCommitmentsOutsideBalanceSheet", y.PensionCommitmentsOutsideBalanceSheet),
            ("totalAssets", y.TotalAssets), ("liabilitiesAndProvisions", y.LiabilitiesAndProvisions), ("investments", y.Investments),
            ("depreciation", y.Depreciation), ("budgetedResult", y.BudgetedResult), ("reserveBalanceCarriedIn", y.ReserveBalanceCarriedIn),
            ("reserveDecision.reservation", y.ReserveDecision?.Reservation), ("reserveDecision.use", y.ReserveDecision?.Use));
        var adjustments = new List<AdjustmentLine>();
        for (var k = 0; k < (y.Adjustments?.Count ?? 0); k++)
        {
            var line = y.Adjustments![k];
            var lineAt = $"{at}.adjustments[{k.ToString(CultureInfo.InvariantCulture)}]";
            Unknown(line.Unknown, lineAt);
            Bounded(lineAt, ("amount", line.Amount));
            JsonValues.NameLength(line.Label, lineAt + ".label", _problems);
            if (Enum<AdjustmentKind>(line.Kind, lineAt + ".kind") is { } kind
                && Guarded(() => new AdjustmentLine(kind, line.Amount, line.Label), lineAt + ".label") is { } made)
            {
                adjustments.Add(made);
            }
        }

        var items = new List<RealisationItem>();
        for (var k = 0; k < (y.RealisationItems?.Count ?? 0); k++)
        {
            var item = y.RealisationItems![k];
            var itemAt = $"{at}.realisationItems[{k.ToString(CultureInfo.InvariantCulture)}]";
            Unknown(item.Unknown, itemAt);
            Bounded(itemAt, ("amount", item.Amount));
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
            TaxesGrantsAndEqualisation = y.TaxesGrantsAndEqualisation,
            NetCosts = y.NetCosts,
            FinancialItems = y.FinancialItems,
            RealisationItems = [.. items],
            UnrealisedSecuritiesGainsLosses = y.UnrealisedSecuritiesGainsLosses ?? 0m,
            ReversalOfUnrealisedSecurities = y.ReversalOfUnrealisedSecurities ?? 0m,
            Adjustments = [.. adjustments],
            PrintedResultAfterAdjustments = y.PrintedResultAfterAdjustments,
            PrintedBalanceRequirementResult = y.PrintedBalanceRequirementResult,
            DeficitCarriedIn = y.DeficitCarriedIn,
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
            Provenance = ProvenanceOf.Read(y.Provenance, y.Source),
        };
    }

    private ReserveDecision? ReserveDecisionOf(ReserveDecisionDto r, string at)
    {
        Unknown(r.Unknown, at);
        var decision = r.Decision is { } d ? DecisionOf(d, at + ".decision") : null;
        if (r.Reservation is null && r.Use is null || r.Reservation < 0 || r.Use < 0)
        {
            _problems.Add(new(at, JsonProblemCodes.InvalidValue, "A reserve decision has 'reservation', 'use' or both, each a non-negative amount."));
            return null;
        }

        var made = Styrmodell.Finance.ReserveDecision.Both(r.Reservation ?? 0m, r.Use ?? 0m);

        return made with { Decision = decision, TaxBaseGrowth = r.TaxBaseGrowth, AverageTaxBaseGrowth = r.AverageTaxBaseGrowth };
    }

    private MunicipalGuidelines? GuidelinesOf(GuidelinesDto g, string at)
    {
        Unknown(g.Unknown, at);
        var decision = g.Decision is { } d ? DecisionOf(d, at + ".decision") : null;
        for (var k = 0; k < (g.TaxBaseGrowth?.Count ?? 0); k++)
        {
            Unknown(g.TaxBaseGrowth![k].Unknown, $"{at}.taxBaseGrowth[{k.ToString(CultureInfo.InvariantCulture)}]");
        }

        foreach (var (name, share) in new[] { ("reservationThresholdShare", g.ReservationThresholdShare), ("maximumReserveShare", g.MaximumReserveShare) })
        {
            if (share is < 0 or > 1)
            {
                _problems.Add(new(at + "." + name, JsonProblemCodes.InvalidValue, "A share of taxes, grants and equalisation must be 0–1 (0.01 for 1 %)."));
            }
        }

        if (g.AppliesFrom is < FinancialYear.FirstBalanceRequirementYear or > 9999)
        {
            _problems.Add(new(at + ".appliesFrom", JsonProblemCodes.InvalidValue, "The first year the guidelines apply to must be 2000–9999."));
        }

        if (g.TaxBaseGrowthAverageYears is < 1 or > 50)
        {
            _problems.Add(new(at + ".taxBaseGrowthAverageYears", JsonProblemCodes.InvalidValue, "The years of the tax-base average must be 1–50."));
        }

        JsonValues.NameLength(g.Name, at + ".name", _problems);
        return Guarded(() => new MunicipalGuidelines(g.Name), at + ".name") is { } made
            ? made with
            {
                Decision = decision,
                ReservationThresholdShare = g.ReservationThresholdShare,
                MaximumReserveShare = g.MaximumReserveShare,
                UseOnlyWhenTaxBaseGrowthBelowAverage = g.UseOnlyWhenTaxBaseGrowthBelowAverage ?? false,
                TaxBaseGrowthAverageYears = g.TaxBaseGrowthAverageYears,
                TaxBaseGrowth = [.. (g.TaxBaseGrowth ?? []).Select(t => new TaxBaseGrowth(t.Year, t.Percent))],
                DeductDeficitBeforeReserving = g.DeductDeficitBeforeReserving ?? false,
                MinimumResultShare = g.MinimumResultShare,
                AppliesFrom = g.AppliesFrom,
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

        var budgetConditions = new List<BudgetCondition>();
        for (var k = 0; k < (r.BudgetConditions?.Count ?? 0); k++)
        {
            var c = r.BudgetConditions![k];
            var conditionAt = $"{at}.budgetConditions[{k.ToString(CultureInfo.InvariantCulture)}]";
            Unknown(c.Unknown, conditionAt);
            if (Enum<BudgetConditionKind>(c.Kind, conditionAt + ".kind") is { } kind)
            {
                budgetConditions.Add(new BudgetCondition(c.Name, kind) { MaximumDeficitShare = c.MaximumDeficitShare });
            }
        }

        return new GoodFinancialManagementRule { RequireBalanceRequirement = r.RequireBalanceRequirement ?? true, Conditions = [.. conditions], BudgetConditions = [.. budgetConditions] };
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
