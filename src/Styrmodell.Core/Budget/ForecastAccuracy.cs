using Styrmodell.Time;

namespace Styrmodell.Budget;

/// <summary>
/// How close one forecast came to the year's final outcome (prognossäkerhet), a standard municipal measure: the
/// difference forecast − final and its share of the final outcome.
/// </summary>
/// <param name="FrameId">The frame forecast.</param>
/// <param name="Point">The reporting point the forecast was made at.</param>
/// <param name="Forecast">The forecast.</param>
/// <param name="Final">The year's final outcome.</param>
/// <param name="Difference">Forecast − final: positive means the forecast was too high.</param>
/// <param name="Share">The difference as a share of the final outcome, or <see langword="null"/> when the final outcome is zero.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record ForecastAccuracy(string FrameId, ReportingPeriod Point, decimal Forecast, decimal Final, decimal Difference, decimal? Share);
