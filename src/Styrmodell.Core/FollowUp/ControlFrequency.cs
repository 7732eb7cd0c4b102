namespace Styrmodell.FollowUp;

/// <summary>How often an internal control is carried out.</summary>
public enum ControlFrequency
{
    /// <summary>Once in the plan's year.</summary>
    Once,

    /// <summary>Every month.</summary>
    Monthly,

    /// <summary>Every quarter.</summary>
    Quarterly,

    /// <summary>Every tertial (at each four-month report).</summary>
    EachTertial,

    /// <summary>Every half year.</summary>
    HalfYearly,

    /// <summary>Once a year at a set time, e.g. before the annual report.</summary>
    Yearly,

    /// <summary>Continuously, as part of the routine itself.</summary>
    Continuous,
}
