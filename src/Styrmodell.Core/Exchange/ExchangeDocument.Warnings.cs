using System.Globalization;
using Styrmodell.Collections;
using Styrmodell.Governance;
using Styrmodell.Validation;

namespace Styrmodell.Exchange;

/// <remarks>
/// Warnings are things a valid document may hold on purpose but that usually mean a mistake: they never stop reading or
/// evaluation. They are computed on request, not while reading, so reading a large document pays nothing for them.
/// </remarks>
public sealed partial class ExchangeDocument
{
    /// <summary>
    /// Finds what is valid but probably not meant: targets outside the document's mandate period, indicators without an
    /// outcome in the latest period that has outcomes, organisation units that own no node and have no sub-unit,
    /// baselines scored as thresholds that lie at or beyond a target in the indicator's direction, steering documents
    /// that break the municipality's own rules (decided without authority, a policy with goals, a program's goals outside
    /// the mandate period's, a decider no longer in the organisation, a title used twice) and target values decided
    /// without authority.
    /// </summary>
    /// <returns>The warnings, each with a code from <see cref="ProblemCodes"/> and a location; empty when there are none.</returns>
    public EquatableArray<ValidationProblem> Warnings()
    {
        var warnings = new List<ValidationProblem>();
        TargetsOutsideMandate(warnings);
        IndicatorsWithoutOutcomes(warnings);
        UnitsWithoutNodes(warnings);
        RegisterRules.Find(Register, Authority, Model.Index, warnings);
        TargetAuthority.Find(Authority, Model.Index, warnings);
        ThresholdsBeyondTarget(warnings);
        return [.. warnings];
    }

    private void TargetsOutsideMandate(List<ValidationProblem> warnings)
    {
        if (Model.Metadata.MandatePeriod is not { } mandate)
        {
            return;
        }

        for (var i = 0; i < Model.Indicators.Count; i++)
        {
            var indicator = Model.Indicators[i];
            for (var t = 0; t < indicator.Targets.Count; t++)
            {
                var scope = indicator.Targets[t].Scope;
                if (scope.FirstYear < mandate.FirstBudgetYear || scope.LastYear > mandate.LastBudgetYear)
                {
                    warnings.Add(new(ProblemCodes.TargetOutsideMandate,
                        new(ModelElement.Indicator, indicator.NodeId, i, string.Create(CultureInfo.InvariantCulture, $"targets[{t}].scope")),
                        $"Indicator '{indicator.NodeId}' has a target for {scope.Id}, outside the document's mandate period {mandate.Id}; it applies only if the council decided it for those years."));
                }
            }
        }
    }

    private void IndicatorsWithoutOutcomes(List<ValidationProblem> warnings)
    {
        if (LatestPeriodWithOutcomes() is not { } period)
        {
            return;
        }

        // Only a total counts: parts by gender or disaggregation do not give the indicator a value.
        var measured = Model.Outcomes.Where(o => o.Value is not null && o.IsTotal && o.Period.Start >= period.Start && o.Period.End <= period.End)
            .Select(o => o.IndicatorId).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < Model.Indicators.Count; i++)
        {
            var indicator = Model.Indicators[i];
            // A derived indicator's value is computed from its inputs (its explanation says which one lacks a value), and
            // an indicator with contributors is assessed from theirs, down the chain (Akvo RSR's parent project period).
            if (indicator.Formula is null
                && !Styrmodell.Model.ContributionSources.Of(Model.Index, i, Evaluation.IncludeOwnOutcome).Exists(s => measured.Contains(Model.Index.Indicators[s].NodeId)))
            {
                warnings.Add(new(ProblemCodes.NoOutcomeForPeriod, new(ModelElement.Indicator, indicator.NodeId, i),
                    $"Indicator '{indicator.NodeId}' has no outcome for {period.Id}, the latest period with outcomes; it will be not assessed."));
            }
        }
    }

    private void UnitsWithoutNodes(List<ValidationProblem> warnings)
    {
        var owners = Model.Nodes.Select(n => n.OwnerId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var parents = Model.Units.Select(u => u.ParentId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        for (var u = 0; u < Model.Units.Count; u++)
        {
            var unit = Model.Units[u];
            if (!owners.Contains(unit.Id) && !parents.Contains(unit.Id))
            {
                warnings.Add(new(ProblemCodes.UnitWithoutNodes, new(ModelElement.Unit, unit.Id, u),
                    $"Unit '{unit.Id}' owns no node and has no sub-unit; remove it or give it the nodes it owns."));
            }
        }
    }
}
