using Styrmodell.Budget;
using Styrmodell.Exchange;

namespace Styrmodell.Reporting;

/// <summary>The words for budget kinds and action-plan states, in one language at a time, so that no report prints an enum's name.</summary>
/// <threadsafety>Stateless; safe to call from any number of threads.</threadsafety>
public static class BudgetWords
{
    /// <summary>Gets the title of a kind of frame's table.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="language">The language.</param>
    /// <returns>e.g. <c>Driftramar per nämnd</c> or <c>Operating frames per committee</c>.</returns>
    public static string Frames(FrameKind kind, ReportLanguage language = ReportLanguage.Swedish) => (kind, language == ReportLanguage.English) switch
    {
        (FrameKind.Drift, false) => "Driftramar per nämnd",
        (FrameKind.Drift, true) => "Operating frames per committee",
        (FrameKind.Investment, false) => "Investeringsramar",
        (FrameKind.Investment, true) => "Capital expenditure frames",
        (_, false) => "Ramar för inventarier, maskiner och fordon",
        (_, true) => "Frames for equipment, machinery and vehicles",
    };

    /// <summary>Gets the words for whether a deviation has the action plan it needs.</summary>
    /// <param name="status">The status.</param>
    /// <param name="language">The language.</param>
    /// <returns>e.g. <c>saknas</c> or <c>missing</c>.</returns>
    public static string PlanStatus(BudgetPlanStatus status, ReportLanguage language = ReportLanguage.Swedish) => (status, language == ReportLanguage.English) switch
    {
        (BudgetPlanStatus.Answered, false) => "finns",
        (BudgetPlanStatus.Answered, true) => "in place",
        (BudgetPlanStatus.Missing, false) => "saknas",
        (BudgetPlanStatus.Missing, true) => "missing",
        (_, false) => "behövs inte",
        (_, true) => "not needed",
    };
}
