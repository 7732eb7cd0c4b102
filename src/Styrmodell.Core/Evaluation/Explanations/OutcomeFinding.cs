namespace Styrmodell.Evaluation;

/// <summary>What an indicator's evaluation found for the period's outcome (see <see cref="OutcomeStep"/>).</summary>
public enum OutcomeFinding
{
    /// <summary>A measured outcome for the period.</summary>
    Measured,

    /// <summary>No measured outcome; a forecast for the period was used.</summary>
    Forecast,

    /// <summary>A ratio pooled from the numerators and denominators of outcomes within the period.</summary>
    Pooled,

    /// <summary>Pooled outcomes whose denominators sum to 0, counted as 0 (<see cref="ZeroDenominatorPolicy.Zero"/>).</summary>
    PooledZeroCountedAsZero,

    /// <summary>An outcome for the period reported without a value.</summary>
    ReportedWithoutValue,

    /// <summary>Pooled outcomes whose denominators sum to 0: no value.</summary>
    PooledZeroDenominator,

    /// <summary>No outcome for the period.</summary>
    Missing,

    /// <summary>
    /// A ratio indicator with more than one outcome within the period while only one is allowed
    /// (<see cref="EvaluationOptions.OneRatioOutcomePerPeriod"/>): no value.
    /// </summary>
    SeveralRatioOutcomes,

    /// <summary>
    /// The outcome of the latest year with a value, up to the period's year (<see cref="GrowthSettings.LatestYearWithData"/>,
    /// Open SDG's current year); <see cref="OutcomeStep.Period"/> is that year.
    /// </summary>
    LatestYearWithData,

    /// <summary>The period's one ratio outcome has a denominator of 0: no value (<see cref="ZeroDenominatorPolicy.NoValue"/>).</summary>
    ZeroDenominator,

    /// <summary>The period's one ratio outcome has a denominator of 0, counted as 0 (<see cref="ZeroDenominatorPolicy.Zero"/>, Akvo RSR's <c>calculate_percentage</c>).</summary>
    ZeroDenominatorCountedAsZero,

    /// <summary>
    /// A count or amount summed from the outcomes within the period of the indicator and its contributors
    /// (<see cref="Targets.Indicator.Contributors"/>), as Akvo RSR adds child projects' periods to their parent's.
    /// </summary>
    Summed,
}
