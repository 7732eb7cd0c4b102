namespace Styrmodell.Finance;

/// <summary>The line of a published balanskravsutredning an <see cref="AdjustmentLine"/> is printed on.</summary>
public enum AdjustmentKind
{
    /// <summary>All realisation gains (samtliga realisationsvinster), usually printed negative.</summary>
    RealisationGains,

    /// <summary>Realisation gains exempted under the law (realisationsvinster enligt undantagsmöjlighet), usually printed positive.</summary>
    ExemptedRealisationGains,

    /// <summary>Realisation losses exempted under the law (realisationsförluster enligt undantagsmöjlighet), usually printed positive.</summary>
    ExemptedRealisationLosses,

    /// <summary>Unrealised gains and losses on securities (orealiserade vinster och förluster i värdepapper).</summary>
    UnrealisedSecurities,

    /// <summary>The reversal of earlier years' unrealised gains and losses on securities (återföring).</summary>
    UnrealisedSecuritiesReversal,

    /// <summary>Another adjustment the report names (for example a change of pension discount rate), before the subtotal.</summary>
    Other,

    /// <summary>
    /// An adjustment for exceptional reasons (synnerliga skäl, KL 11 kap. 13 §) printed after the reserve lines, such as
    /// a pension-liability revaluation KF decided not to restore.
    /// </summary>
    ExceptionalReasons,
}
