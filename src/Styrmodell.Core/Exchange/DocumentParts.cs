using Styrmodell.Budget;
using Styrmodell.Evaluation;
using Styrmodell.Finance;
using Styrmodell.FollowUp;
using Styrmodell.Governance;

namespace Styrmodell.Exchange;

/// <summary>
/// What a document holds beside its model. One record, so that a new part is one field here, one check in
/// <see cref="DocumentValidator"/>, and a property and a <c>With…</c> method on the document and its builder.
/// </summary>
internal sealed record DocumentParts(
    FollowUpData FollowUp, MunicipalFinances? Finance, EvaluationOptions Evaluation, DecisionAuthority Authority, SteeringDocumentRegister Register, BudgetRecord Budget)
{
    public static DocumentParts Empty { get; } =
        new(FollowUpData.Empty, null, EvaluationOptions.Default, DecisionAuthority.None, SteeringDocumentRegister.None, BudgetRecord.Empty);
}
