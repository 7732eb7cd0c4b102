using NodaTime;
using Styrmodell.Evaluation;
using Styrmodell.Governance;
using Styrmodell.Time;

namespace Styrmodell.Exchange;

/// <summary>
/// One evaluation of a document for one period as of one date: goal fulfilment, the financial part for the period's
/// fiscal year, the follow-up status and the budget follow-up. Data only; renderers turn it into words.
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed class DocumentEvaluation
{
    private DocumentEvaluation(
        ExchangeDocument document, EvaluationResult goals, PeriodChoice choice, int outcomes, FinanceEvaluation? finance, FollowUpStatus followUp, RegisterReview register,
        BudgetEvaluation? budget)
    {
        Register = register;
        Document = document;
        Goals = goals;
        PeriodChoice = choice;
        OutcomesInPeriod = outcomes;
        Finance = finance;
        FollowUp = followUp;
        Budget = budget;
    }

    /// <summary>Gets the document evaluated.</summary>
    public ExchangeDocument Document { get; }

    /// <summary>Gets the period evaluated.</summary>
    public ReportingPeriod Period => Goals.Period;

    /// <summary>Gets the date whose targets, assessments and reports applied.</summary>
    public LocalDate AsOf => Goals.AsOf;

    /// <summary>Gets how the period was chosen.</summary>
    public PeriodChoice PeriodChoice { get; }

    /// <summary>
    /// Gets how many outcomes with a value (measured or forecast, any breakdown) fall within the period. Zero means the
    /// document has nothing to evaluate for it: every indicator is then not assessed, which a report should say.
    /// </summary>
    public int OutcomesInPeriod { get; }

    /// <summary>Gets the goal-fulfilment result of every node.</summary>
    public EvaluationResult Goals { get; }

    /// <summary>Gets the financial part, or <see langword="null"/> when the document's finance does not cover the period's fiscal year.</summary>
    public FinanceEvaluation? Finance { get; }

    /// <summary>Gets the follow-up status.</summary>
    public FollowUpStatus FollowUp { get; }

    /// <summary>Gets the steering documents' review and validity states as of <see cref="AsOf"/> (empty when the document has no register).</summary>
    public RegisterReview Register { get; }

    /// <summary>
    /// Gets the budget follow-up for the year the period ends in, as of <see cref="AsOf"/>, or <see langword="null"/>
    /// when the document's budget has no frame for that year.
    /// </summary>
    public BudgetEvaluation? Budget { get; }

    internal static DocumentEvaluation Create(ExchangeDocument document, ReportingPeriod period, LocalDate asOf, PeriodChoice choice)
    {
        // The document checked its evaluation configuration against its model when it was built.
        var goals = GoalEvaluator.EvaluateChecked(document.Model, period, asOf, document.Evaluation);
        var outcomes = document.Model.Outcomes.Count(o => o.Value is not null && o.Period.Start >= period.Start && o.Period.End <= period.End);
        var budget = BudgetEvaluation.Create(document.Budget, document.FollowUp, period.End.Year, asOf);
        var finance = document.Finance is { } record ? FinanceEvaluation.Create(record, goals, budget) : null;
        return new DocumentEvaluation(
            document, goals, choice, outcomes, finance, FollowUpStatus.Create(document.FollowUp, goals), RegisterReview.Create(document.Register, asOf), budget);
    }
}
