namespace Styrmodell.Evaluation;

/// <summary>Which <see cref="Rules.RollUpRule"/> a <see cref="RuleStep"/> applied.</summary>
public enum RuleKind
{
    /// <summary><see cref="Rules.WeightedMeanRule"/>.</summary>
    WeightedMean,

    /// <summary><see cref="Rules.MeanRule"/>.</summary>
    Mean,

    /// <summary><see cref="Rules.WorstOfRule"/>.</summary>
    WorstOf,

    /// <summary><see cref="Rules.BestOfRule"/>.</summary>
    BestOf,

    /// <summary><see cref="Rules.ShareMetRule"/>.</summary>
    ShareMet,

    /// <summary><see cref="Rules.AllMetRule"/>.</summary>
    AllMet,

    /// <summary><see cref="Rules.MajorityRule"/>.</summary>
    Majority,

    /// <summary><see cref="Rules.ManualOnlyRule"/>.</summary>
    ManualOnly,

    /// <summary><see cref="Rules.PointsRule"/>.</summary>
    Points,

    /// <summary><see cref="Rules.WeightedMappingRule"/>.</summary>
    WeightedMapping,
}
