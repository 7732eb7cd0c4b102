namespace Styrmodell.Governance;

/// <summary>How a steering document's next review (aktualitetsprövning) is set.</summary>
public enum ReviewRuleKind
{
    /// <summary>On a stated date.</summary>
    OnDate,

    /// <summary>
    /// Once per mandate period: by the end of the council term after the one in which the document was last decided
    /// or reviewed (each council reviews what earlier councils decided).
    /// </summary>
    OncePerMandatePeriod,

    /// <summary>Within a number of months after the next council term starts (15 October of the next election year).</summary>
    WithinMonthsOfNewTerm,
}
