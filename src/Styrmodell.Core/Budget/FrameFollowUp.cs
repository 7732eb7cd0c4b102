using Styrmodell.Time;

namespace Styrmodell.Budget;

/// <summary>One frame's follow-up at a date: the frame in force, the outcome to date, the latest forecast and the deviation.</summary>
/// <param name="Frame">The frame as decided.</param>
/// <param name="FrameInForce">The frame with the revisions and reallocations decided by the date.</param>
/// <param name="OutcomeToDate">The outcomes of the frame and its parts for periods ended by the date.</param>
/// <param name="Forecast">The full-year forecast: the frame's own latest, else the sum of its parts' when every part has one; <see langword="null"/> when there is none.</param>
/// <param name="ForecastPoint">The reporting point of the frame's own forecast, or <see langword="null"/> when it is none or the sum of its parts'.</param>
/// <param name="Deviation">Frame in force − forecast: positive is a surplus, negative a deficit; <see langword="null"/> without a forecast.</param>
/// <param name="RequiresActionPlan">Whether the deficit reaches the budget's threshold for an action plan.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record FrameFollowUp(
    BudgetFrame Frame, decimal FrameInForce, decimal OutcomeToDate, decimal? Forecast, ReportingPeriod? ForecastPoint, decimal? Deviation, bool RequiresActionPlan);
