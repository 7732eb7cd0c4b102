using Ardalis.GuardClauses;
using NodaTime;
using Styrmodell.Time;

namespace Styrmodell.FollowUp;

public sealed partial record FollowUpData
{
    /// <summary>Finds the analysis of a node for a period: the latest written on or before <paramref name="asOf"/>.</summary>
    /// <param name="nodeId">The node.</param>
    /// <param name="period">The follow-up period.</param>
    /// <param name="asOf">The date to look from.</param>
    /// <returns>The text, or <see langword="null"/> when there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nodeId"/> or <paramref name="period"/> is <see langword="null"/>.</exception>
    public AnalysisText? AnalysisOfNode(string nodeId, ReportingPeriod period, LocalDate asOf)
    {
        Guard.Against.Null(nodeId);
        return Latest(t => t.NodeId == nodeId, period, asOf);
    }

    /// <summary>Finds the analysis of a unit (e.g. a committee's overall analysis) for a period: the latest written on or before <paramref name="asOf"/>.</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="period">The follow-up period.</param>
    /// <param name="asOf">The date to look from.</param>
    /// <returns>The text, or <see langword="null"/> when there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> or <paramref name="period"/> is <see langword="null"/>.</exception>
    public AnalysisText? AnalysisOfUnit(string unitId, ReportingPeriod period, LocalDate asOf)
    {
        Guard.Against.Null(unitId);
        return Latest(t => t.UnitId == unitId, period, asOf);
    }

    /// <summary>Gets the action plans linked to a node whose period overlaps <paramref name="period"/>, in order.</summary>
    /// <param name="nodeId">The deviating node.</param>
    /// <param name="period">The period followed up.</param>
    /// <returns>The plans.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nodeId"/> or <paramref name="period"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<ActionPlan> ActionPlansFor(string nodeId, ReportingPeriod period)
    {
        Guard.Against.Null(nodeId);
        Guard.Against.Null(period);
        return [.. ActionPlans.Where(p => p.NodeId == nodeId && p.Period.Start <= period.End && p.Period.End >= period.Start)];
    }

    private AnalysisText? Latest(Func<AnalysisText, bool> subject, ReportingPeriod period, LocalDate asOf)
    {
        Guard.Against.Null(period);
        AnalysisText? best = null;
        foreach (var text in AnalysisTexts)
        {
            if (subject(text) && text.Period == period && text.Date <= asOf && (best is null || text.Date > best.Date))
            {
                best = text;
            }
        }

        return best;
    }
}
