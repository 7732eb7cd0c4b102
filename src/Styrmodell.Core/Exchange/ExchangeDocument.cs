using Ardalis.GuardClauses;
using Styrmodell.Budget;
using Styrmodell.Collections;
using Styrmodell.Evaluation;
using Styrmodell.Finance;
using Styrmodell.FollowUp;
using Styrmodell.Governance;
using Styrmodell.Model;
using Styrmodell.Validation;

namespace Styrmodell.Exchange;

/// <summary>
/// Everything a municipality exchanges in one file: its steering model, follow-up data, financial record and
/// evaluation configuration. Always valid as a whole: only <see cref="ExchangeDocumentBuilder"/> and the
/// <c>With…</c> methods create one, after every part has been checked against the model.
/// </summary>
/// <remarks>
/// Not to be confused with the municipality's steering documents (styrdokument), which a document may describe.
/// Equality is by value: equal models and equal parts (follow-up data, finance, evaluation configuration, authority,
/// steering-document register).
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed partial class ExchangeDocument : IEquatable<ExchangeDocument>
{
    private readonly DocumentParts _parts;

    internal ExchangeDocument(SteeringModel model, DocumentParts parts)
    {
        Model = model;
        _parts = parts;
    }

    /// <summary>Gets the steering model.</summary>
    public SteeringModel Model { get; }

    /// <summary>Gets the follow-up data (special assignments, activities, internal control, action plans, texts).</summary>
    public FollowUpData FollowUp => _parts.FollowUp;

    /// <summary>Gets the financial record, or <see langword="null"/> when the document carries none.</summary>
    public MunicipalFinances? Finance => _parts.Finance;

    /// <summary>Gets the evaluation configuration (<see cref="EvaluationOptions.Default"/> when the document states none).</summary>
    public EvaluationOptions Evaluation => _parts.Evaluation;

    /// <summary>Gets who may decide what (the reglemente's and delegationsordning's grants).</summary>
    /// <value><see cref="DecisionAuthority.None"/> when the document states none.</value>
    public DecisionAuthority Authority => _parts.Authority;

    /// <summary>Gets the register of steering documents (styrdokument) and their types.</summary>
    /// <value><see cref="SteeringDocumentRegister.None"/> when the document carries none.</value>
    public SteeringDocumentRegister Register => _parts.Register;

    /// <summary>Gets the budget: frames, revisions, reallocations, outcomes and forecasts.</summary>
    /// <value><see cref="BudgetRecord.Empty"/> when the document carries none.</value>
    public BudgetRecord Budget => _parts.Budget;

    /// <summary>Creates a document from a built model and the other parts, checking them against it.</summary>
    /// <param name="model">The model.</param>
    /// <param name="followUp">The follow-up data, or <see langword="null"/> for none.</param>
    /// <param name="finance">The financial record, or <see langword="null"/> for none.</param>
    /// <param name="evaluation">The evaluation configuration, or <see langword="null"/> for the default.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is <see langword="null"/>.</exception>
    /// <exception cref="ModelValidationException">A part does not fit the model; the exception lists every problem.</exception>
    public static ExchangeDocument Create(SteeringModel model, FollowUpData? followUp = null, MunicipalFinances? finance = null, EvaluationOptions? evaluation = null)
    {
        Guard.Against.Null(model);
        return Create(model, DocumentParts.Empty with
        {
            FollowUp = followUp ?? FollowUpData.Empty, Finance = finance, Evaluation = evaluation ?? EvaluationOptions.Default,
        });
    }

    private static ExchangeDocument Create(SteeringModel model, DocumentParts parts)
    {
        var problems = new List<ValidationProblem>();
        DocumentValidator.Check(model.Index, parts, problems);
        return problems.Count == 0 ? new ExchangeDocument(model, parts) : throw new ModelValidationException(problems.ToEquatableArray());
    }

    /// <summary>Returns the document with another model (for example with new outcomes), the other parts checked against it.</summary>
    /// <param name="model">The new model.</param>
    /// <returns>The changed document; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is <see langword="null"/>.</exception>
    /// <exception cref="ModelValidationException">A part does not fit the new model.</exception>
    public ExchangeDocument WithModel(SteeringModel model) => Create(Guard.Against.Null(model), _parts);

    /// <summary>Returns the document with other follow-up data, checked against the model.</summary>
    /// <param name="followUp">The follow-up data.</param>
    /// <returns>The changed document; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="followUp"/> is <see langword="null"/>.</exception>
    /// <exception cref="ModelValidationException">The data does not fit the model.</exception>
    public ExchangeDocument WithFollowUp(FollowUpData followUp) => Create(Model, _parts with { FollowUp = Guard.Against.Null(followUp) });

    /// <summary>Returns the document with another financial record, checked against the model.</summary>
    /// <param name="finance">The record, or <see langword="null"/> for none.</param>
    /// <returns>The changed document; this one is unchanged.</returns>
    /// <exception cref="ModelValidationException">The record's rule names goals or categories the document lacks.</exception>
    public ExchangeDocument WithFinance(MunicipalFinances? finance) => Create(Model, _parts with { Finance = finance });

    /// <summary>Returns the document with another evaluation configuration, checked against the model.</summary>
    /// <param name="evaluation">The configuration.</param>
    /// <returns>The changed document; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is <see langword="null"/>.</exception>
    /// <exception cref="ModelValidationException">The configuration names levels, nodes or categories the document lacks.</exception>
    public ExchangeDocument WithEvaluation(EvaluationOptions evaluation) => Create(Model, _parts with { Evaluation = Guard.Against.Null(evaluation) });

    /// <summary>Returns the document with other decision authority, its grants checked against the organisation.</summary>
    /// <param name="authority">The authority.</param>
    /// <returns>The changed document; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="authority"/> is <see langword="null"/>.</exception>
    /// <exception cref="ModelValidationException">A grant names a unit the organisation lacks, or repeats another.</exception>
    public ExchangeDocument WithAuthority(DecisionAuthority authority) => Create(Model, _parts with { Authority = Guard.Against.Null(authority) });

    /// <summary>Returns the document with another register of steering documents, checked against the model.</summary>
    /// <param name="register">The register.</param>
    /// <returns>The changed document; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> is <see langword="null"/>.</exception>
    /// <exception cref="ModelValidationException">The register names types, units or nodes the document lacks, or holds dates that cannot be.</exception>
    public ExchangeDocument WithRegister(SteeringDocumentRegister register) => Create(Model, _parts with { Register = Guard.Against.Null(register) });

    /// <summary>Returns the document with another budget, checked against the organisation, the decision authority and the special assignments.</summary>
    /// <param name="budget">The budget (<see cref="BudgetRecord.Empty"/> for none).</param>
    /// <returns>The changed document; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="budget"/> is <see langword="null"/>.</exception>
    /// <exception cref="ModelValidationException">The budget does not fit the document; the exception lists every problem.</exception>
    public ExchangeDocument WithBudget(BudgetRecord budget) => Create(Model, _parts with { Budget = Guard.Against.Null(budget) });

    /// <inheritdoc />
    public bool Equals(ExchangeDocument? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Model.Equals(other.Model) && _parts.Equals(other._parts)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ExchangeDocument);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Model, _parts);

    /// <summary>Returns the model's short description.</summary>
    /// <returns>e.g. <c>Arboga kommun (1984): 40 nodes</c>.</returns>
    public override string ToString() => Model.ToString();
}
