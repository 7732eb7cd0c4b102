using Styrmodell.Collections;
using Styrmodell.Evaluation;

namespace Styrmodell.Reporting;

/// <summary>Category counts of the assessed nodes, grouped one way.</summary>
/// <param name="Grouping">How the nodes are grouped.</param>
/// <param name="Rows">One row per group, in first-seen order.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record ReportSummary(SummaryGrouping Grouping, EquatableArray<SummaryRow> Rows);
