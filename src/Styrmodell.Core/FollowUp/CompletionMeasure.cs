using Styrmodell.Collections;
using Styrmodell.Targets;

namespace Styrmodell.FollowUp;

/// <summary>What the activities naming one completion indicator came to for a period, and which of them counted.</summary>
/// <param name="IndicatorId">The completion indicator.</param>
/// <param name="Outcome">The outcome for the indicator and period: the mean completion in per cent, or "no outcome" (a null value) when nothing could be measured.</param>
/// <param name="Counted">The activities whose completion counted (for <see cref="Evaluation.MissingDataPolicy.CountAsNotMet"/>, the unreported ones too, at 0 %).</param>
/// <param name="Unreported">The activities without a report giving their completion at the end of the period.</param>
/// <param name="Cancelled">The activities reported cancelled, which do not count.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record CompletionMeasure(
    string IndicatorId, Outcome Outcome, EquatableArray<string> Counted, EquatableArray<string> Unreported, EquatableArray<string> Cancelled);
