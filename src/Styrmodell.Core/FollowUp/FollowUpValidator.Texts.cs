using Styrmodell.Collections;
using Styrmodell.Validation;

namespace Styrmodell.FollowUp;

internal sealed partial class FollowUpValidator
{
    private void CheckActionPlans(EquatableArray<ActionPlan> plans)
    {
        Ids(plans, p => p.Id, ModelElement.ActionPlan, "action plan");
        for (var i = 0; i < plans.Count; i++)
        {
            var plan = plans[i];
            var site = FollowUpSite.Of(ModelElement.ActionPlan, plan.Id, i, $"Action plan '{plan.Id}'");
            Title(plan.Title, site);
            Unit(plan.OwnerId, site, "owner", "owner unit");
            var subjects = (plan.NodeId is null ? 0 : 1) + (plan.BudgetLine is null ? 0 : 1) + (plan.DeficitYear is null ? 0 : 1);
            if (subjects != 1)
            {
                Add(ProblemCodes.InvalidSubject, site.At(),
                    Text($"{site.Name} names {subjects} subjects; it answers exactly one deviation: a node, a budget line or a deficit year."));
            }

            if (plan.NodeId is { } node)
            {
                Node(node, site, "node", "deviating node");
            }

            Reports(plan.Reports, site);
        }
    }

    private void CheckAnalysisTexts(EquatableArray<AnalysisText> texts)
    {
        var seen = new Dictionary<(string?, string?, Time.ReportingPeriod, NodaTime.LocalDate), int>();
        for (var i = 0; i < texts.Count; i++)
        {
            var text = texts[i];
            var site = FollowUpSite.Of(ModelElement.AnalysisText, text.SubjectId, i, Text($"The analysis text at position {i}"));
            if ((text.NodeId is null) == (text.UnitId is null))
            {
                Add(ProblemCodes.InvalidSubject, site.At(), $"{site.Name} is about {(text.NodeId is null ? "nothing" : "both a node and a unit")}; name one node or one unit.");
            }

            if (text.NodeId is { } node)
            {
                Node(node, site, "node", "node");
            }

            if (text.UnitId is { } unit)
            {
                Unit(unit, site, "unit", "unit");
            }

            if (string.IsNullOrWhiteSpace(text.Text))
            {
                Add(ProblemCodes.MissingText, site.At("text"), $"{site.Name} ({text.SubjectId}, {text.Period.Id}) has no text.");
            }

            if (!seen.TryAdd((text.NodeId, text.UnitId, text.Period, text.Date), i))
            {
                Add(ProblemCodes.DuplicateEntry, site.At(),
                    $"{site.Name} is a second text on '{text.SubjectId}' for {text.Period.Id} written {Time.IsoDate.Format(text.Date)}; a revision needs a later date.");
            }
        }
    }

    private void CheckStatusChecks(EquatableArray<StatusCheckTexts> checks)
    {
        var seen = new Dictionary<(string, Time.ReportingPeriod), int>();
        for (var i = 0; i < checks.Count; i++)
        {
            var check = checks[i];
            var site = FollowUpSite.Of(ModelElement.StatusCheckTexts, check.UnitId, i, $"The status check of '{check.UnitId}' for {check.Period.Id}");
            Unit(check.UnitId, site, "unit", "unit");
            if (!seen.TryAdd((check.UnitId, check.Period), i))
            {
                Add(ProblemCodes.DuplicateEntry, site.At(), $"{site.Name} is given twice (positions {seen[(check.UnitId, check.Period)]} and {i}).");
            }

            References(check.KeyFigureIds, site, "keyFigures", "key figure", KeyFigure);
        }
    }

    /// <summary>A key figure must be a node with an indicator definition; returns its position or -1.</summary>
    private int KeyFigure(string nodeId, FollowUpSite site, string member, string role)
    {
        var n = Node(nodeId, site, member, role);
        if (n >= 0 && !_index.IndicatorIndex.ContainsKey(nodeId))
        {
            Add(ProblemCodes.NotAnIndicator, site.At(member), $"{site.Name} shows '{nodeId}' as a key figure, but it has no indicator definition.");
            return -1;
        }

        return n;
    }
}
