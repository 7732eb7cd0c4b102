using Ardalis.GuardClauses;
using Styrmodell.Sources;
using Styrmodell.Time;

namespace Styrmodell.Budget;

/// <summary>
/// A full-year forecast (helårsprognos) of a frame's net cost or expenditure, made at a reporting point of the
/// frame's year and starting from the outcomes up to a given month.
/// </summary>
/// <remarks>
/// Arboga: the tertial report to April carries a full-year forecast which the committees make from the outcomes to
/// March (point <c>2024-T1</c>, from month 3); the interim report to August carries another.
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record BudgetForecast
{
    /// <summary>Creates a forecast.</summary>
    /// <param name="frameId">The id of the frame forecast.</param>
    /// <param name="point">The reporting point the forecast is made at (e.g. <c>2024-T1</c> or the interim period <c>2024-01..2024-08</c>); it ends within the frame's year.</param>
    /// <param name="fromMonth">The last month (1–12) whose outcomes the forecast starts from; not after the point's end.</param>
    /// <param name="amount">The forecast for the whole year, in the budget's amount unit.</param>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    public BudgetForecast(string frameId, ReportingPeriod point, int fromMonth, decimal amount)
    {
        FrameId = Guard.Against.Null(frameId);
        Point = Guard.Against.Null(point);
        FromMonth = fromMonth;
        Amount = amount;
    }

    /// <summary>Gets the id of the frame.</summary>
    public string FrameId { get; }

    /// <summary>Gets the reporting point.</summary>
    public ReportingPeriod Point { get; }

    /// <summary>Gets the last month whose outcomes the forecast starts from.</summary>
    public int FromMonth { get; }

    /// <summary>Gets the forecast for the whole year.</summary>
    public decimal Amount { get; }

    /// <summary>Gets where the forecast comes from and whether it is illustrative.</summary>
    /// <value>Default <see langword="null"/>: not stated.</value>
    public Provenance? Provenance { get; init; }
}
