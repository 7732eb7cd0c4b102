namespace Styrmodell.Evaluation;

/// <summary>
/// Everything one node's evaluation found; only Category, Score, Forecast and Available are kept between requests.
/// Value is the indicator outcome assessed, or null.
/// </summary>
internal readonly record struct NodeOutcome(
    int Category, double Score, int ComputedCategory, double Coverage, bool Forecast, int Manual, Explanation? Explanation,
    double Available = 1.0, decimal? Value = null);
