using Ardalis.GuardClauses;
using Styrmodell.Time;

namespace Styrmodell.Targets;

/// <summary>
/// An indicator's outcome for one period and breakdown — measured, forecast, or explicitly missing
/// (<see cref="Value"/> is <see langword="null"/>: "no outcome" is never zero).
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record Outcome
{
    /// <summary>Creates an outcome.</summary>
    /// <param name="indicatorId">The id of the indicator node.</param>
    /// <param name="period">The period the outcome is for.</param>
    /// <param name="value">The value, or <see langword="null"/> when the source reports none for the period.</param>
    /// <exception cref="ArgumentNullException"><paramref name="indicatorId"/> or <paramref name="period"/> is <see langword="null"/>.</exception>
    public Outcome(string indicatorId, ReportingPeriod period, MeasuredValue? value)
    {
        IndicatorId = Guard.Against.Null(indicatorId);
        Period = Guard.Against.Null(period);
        Value = value;
    }

    /// <summary>Gets the id of the indicator node.</summary>
    public string IndicatorId { get; }

    /// <summary>Gets the period the outcome is for.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the value, or <see langword="null"/> for "no outcome".</summary>
    public MeasuredValue? Value { get; }

    /// <summary>Gets the breakdown.</summary>
    /// <value>Default <see cref="Gender.Total"/>.</value>
    public Gender Gender { get; init; }

    /// <summary>
    /// Gets the part of the total the outcome is for — one value of one of its indicator's
    /// <see cref="Indicator.Dimensions"/> — or <see langword="null"/> for the total (or a gender's share of it).
    /// </summary>
    /// <value>Default <see langword="null"/>.</value>
    public Disaggregation? Disaggregation { get; init; }

    /// <summary>Gets whether the outcome is for the whole: neither one gender nor one disaggregation.</summary>
    public bool IsTotal => Gender == Gender.Total && Disaggregation is null;

    /// <summary>Gets whether the outcome is final or preliminary.</summary>
    /// <value>Default <see cref="OutcomeStatus.Final"/>.</value>
    public OutcomeStatus Status { get; init; }

    /// <summary>Gets whether this is a forecast (e.g. a full-year forecast at a tertial or interim report) rather than a measurement.</summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool IsForecast { get; init; }

    /// <summary>Gets where the value comes from, e.g. a Kolada KPI id, or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? Source { get; init; }

    /// <summary>Returns e.g. <c>n-sjuk 2024 Total: 7.3</c> (<c>age=15-24</c> for a disaggregation), with <c>(forecast)</c> when it is one.</summary>
    /// <returns>The outcome as short text.</returns>
    public override string ToString() =>
        $"{IndicatorId} {Period.Id} {(Disaggregation is { } part ? part.ToString() : Gender.ToString())}: {(Value is { } v ? v.ToString() : "no outcome")}{(IsForecast ? " (forecast)" : "")}";

    /// <summary>Gets where the outcome comes from and whether it is illustrative.</summary>
    /// <value>Default <see langword="null"/>: not stated.</value>
    public Sources.Provenance? Provenance { get; init; }
}
