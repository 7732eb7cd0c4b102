namespace Styrmodell.Budget;

/// <summary>The total of one kind of frame in a year: the sums over the frames KF gives directly (those without a parent).</summary>
/// <param name="Kind">The kind of frame.</param>
/// <param name="FrameInForce">The frames in force, added up.</param>
/// <param name="OutcomeToDate">The outcomes to date, added up.</param>
/// <param name="Forecast">The forecasts added up, or <see langword="null"/> when a frame has none.</param>
/// <param name="Deviation">Total frame − total forecast, which is the sum of the frames' deviations; <see langword="null"/> when a frame has no forecast.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record BudgetTotal(FrameKind Kind, decimal FrameInForce, decimal OutcomeToDate, decimal? Forecast, decimal? Deviation);
