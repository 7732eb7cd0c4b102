namespace Styrmodell.Evaluation;

/// <summary>Everything one node's evaluation found; only Category, Score and Forecast are kept between requests.</summary>
internal readonly record struct NodeOutcome(
    int Category, double Score, int ComputedCategory, double Coverage, bool Forecast, int Manual, Trace? Trace);
