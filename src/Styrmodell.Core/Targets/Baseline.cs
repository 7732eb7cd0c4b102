using Ardalis.GuardClauses;
using Styrmodell.Time;

namespace Styrmodell.Targets;

/// <summary>An indicator's starting point: a measured value and the period it was measured for.</summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record Baseline
{
    /// <summary>Creates a baseline.</summary>
    /// <param name="value">The value, in the indicator's unit.</param>
    /// <param name="period">The period it was measured for, e.g. the year 2022.</param>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    public Baseline(decimal value, ReportingPeriod period)
    {
        Value = value;
        Period = Guard.Against.Null(period);
    }

    /// <summary>Gets the value.</summary>
    public decimal Value { get; }

    /// <summary>Gets the period the value was measured for.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the year the baseline stands at when deriving yearly targets: the year its period ends in.</summary>
    public int Year => Period.End.Year;
}
