using Ardalis.GuardClauses;
using NodaTime;
using Styrmodell.Time;

namespace Styrmodell.Exchange;

public sealed partial class ExchangeDocument
{
    /// <summary>Evaluates the document for a period: goal fulfilment, finance for its fiscal year, follow-up status.</summary>
    /// <param name="period">The period.</param>
    /// <param name="asOf">The date whose targets, assessments and reports apply; default the period's last day.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    /// <exception cref="OverflowException">A value is so close to <see cref="decimal"/>'s limits that a derived target, difference or sum does not fit.</exception>
    public DocumentEvaluation Evaluate(ReportingPeriod period, LocalDate? asOf = null) =>
        DocumentEvaluation.Create(this, Guard.Against.Null(period), asOf ?? period.End, PeriodChoice.Named);

    /// <summary>
    /// Evaluates the document as of a date: the period is the latest with outcomes that had begun by then (the calendar
    /// year of the date when there is none; <see cref="DocumentEvaluation.PeriodChoice"/> says which).
    /// </summary>
    /// <param name="asOf">The date whose targets, assessments and reports apply.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="OverflowException">A value is so close to <see cref="decimal"/>'s limits that a derived target, difference or sum does not fit.</exception>
    public DocumentEvaluation EvaluateAsOf(LocalDate asOf) =>
        LatestPeriodBegunBy(asOf) is { } period
            ? DocumentEvaluation.Create(this, period, asOf, PeriodChoice.LatestBegunByAsOf)
            : DocumentEvaluation.Create(this, ReportingPeriod.Year(asOf.Year), asOf, PeriodChoice.CalendarYearOfAsOf);

    /// <summary>Evaluates the latest period the document has outcomes for, as of its last day.</summary>
    /// <returns>The evaluation.</returns>
    /// <exception cref="InvalidOperationException">The document has no outcome with a value; name a period or a date instead.</exception>
    /// <exception cref="OverflowException">A value is so close to <see cref="decimal"/>'s limits that a derived target, difference or sum does not fit.</exception>
    public DocumentEvaluation EvaluateLatest() =>
        LatestPeriodWithOutcomes() is { } period
            ? DocumentEvaluation.Create(this, period, period.End, PeriodChoice.LatestWithOutcomes)
            : throw new InvalidOperationException($"The document of {Model.Municipality} has no outcome with a value to choose a period from; name a period or a date.");
}
