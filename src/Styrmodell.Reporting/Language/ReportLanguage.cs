namespace Styrmodell.Reporting;

/// <summary>The language a report speaks: every word, label and number format of one output comes from one language.</summary>
/// <remarks>Category and status labels are the document's own and print as the document defines them.</remarks>
public enum ReportLanguage
{
    /// <summary>Swedish, the default: decimal comma, <c>Ej bedömt</c>-style phrasing.</summary>
    Swedish,

    /// <summary>English, on request: decimal point.</summary>
    English,
}
