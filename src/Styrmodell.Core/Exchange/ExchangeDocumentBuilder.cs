using System.Diagnostics.CodeAnalysis;
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
/// Collects a document's parts — the model (through its builder), follow-up data, finance, evaluation
/// configuration and decision authority — and checks them in one pass: every problem at once, each with a stable code and location.
/// </summary>
/// <remarks>Not thread-safe: fill and build a builder on one thread.</remarks>
public sealed class ExchangeDocumentBuilder
{
    /// <summary>Starts a document around a model being built.</summary>
    /// <param name="model">The model's builder; the document builder builds it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is <see langword="null"/>.</exception>
    public ExchangeDocumentBuilder(SteeringModelBuilder model) => Model = Guard.Against.Null(model);

    /// <summary>Gets the model's builder.</summary>
    public SteeringModelBuilder Model { get; }

    private DocumentParts _parts = DocumentParts.Empty;

    /// <summary>Gets the follow-up data.</summary>
    /// <value>Default <see cref="FollowUpData.Empty"/>.</value>
    public FollowUpData FollowUp => _parts.FollowUp;

    /// <summary>Gets the financial record.</summary>
    /// <value>Default <see langword="null"/>: the document carries no finance.</value>
    public MunicipalFinances? Finance => _parts.Finance;

    /// <summary>Gets the evaluation configuration.</summary>
    /// <value>Default <see cref="EvaluationOptions.Default"/>.</value>
    public EvaluationOptions Evaluation => _parts.Evaluation;

    /// <summary>Gets who may decide what.</summary>
    /// <value>Default <see cref="DecisionAuthority.None"/>.</value>
    public DecisionAuthority Authority => _parts.Authority;

    /// <summary>Gets the register of steering documents.</summary>
    /// <value>Default <see cref="SteeringDocumentRegister.None"/>.</value>
    public SteeringDocumentRegister Register => _parts.Register;

    /// <summary>Gets the budget.</summary>
    /// <value>Default <see cref="BudgetRecord.Empty"/>.</value>
    public BudgetRecord Budget => _parts.Budget;

    /// <summary>Sets the follow-up data, checked against the model's units and nodes when building.</summary>
    /// <param name="followUp">The follow-up data.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="followUp"/> is <see langword="null"/>.</exception>
    public ExchangeDocumentBuilder WithFollowUp(FollowUpData followUp)
    {
        _parts = _parts with { FollowUp = Guard.Against.Null(followUp) };
        return this;
    }

    /// <summary>Sets the financial record; the goals and categories its rule names are checked when building.</summary>
    /// <param name="finance">The record, or <see langword="null"/> for none.</param>
    /// <returns>This builder.</returns>
    public ExchangeDocumentBuilder WithFinance(MunicipalFinances? finance)
    {
        _parts = _parts with { Finance = finance };
        return this;
    }

    /// <summary>Sets the evaluation configuration; the levels, nodes and categories it names are checked when building.</summary>
    /// <param name="evaluation">The configuration.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is <see langword="null"/>.</exception>
    public ExchangeDocumentBuilder WithEvaluation(EvaluationOptions evaluation)
    {
        _parts = _parts with { Evaluation = Guard.Against.Null(evaluation) };
        return this;
    }

    /// <summary>Sets who may decide what; the units the grants name are checked when building.</summary>
    /// <param name="authority">The authority.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="authority"/> is <see langword="null"/>.</exception>
    public ExchangeDocumentBuilder WithAuthority(DecisionAuthority authority)
    {
        _parts = _parts with { Authority = Guard.Against.Null(authority) };
        return this;
    }

    /// <summary>Sets the register of steering documents; its types, units, nodes and dates are checked when building.</summary>
    /// <param name="register">The register.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> is <see langword="null"/>.</exception>
    public ExchangeDocumentBuilder WithRegister(SteeringDocumentRegister register)
    {
        _parts = _parts with { Register = Guard.Against.Null(register) };
        return this;
    }

    /// <summary>Sets the budget; its units, frames, authority and funded assignments are checked when building.</summary>
    /// <param name="budget">The budget.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="budget"/> is <see langword="null"/>.</exception>
    public ExchangeDocumentBuilder WithBudget(BudgetRecord budget)
    {
        _parts = _parts with { Budget = Guard.Against.Null(budget) };
        return this;
    }

    /// <summary>Checks every part added so far, without building.</summary>
    /// <returns>Every problem found, the model's first; empty when the document is valid.</returns>
    public EquatableArray<ValidationProblem> Validate()
    {
        var parts = _parts;
        return Model.Validate((index, more) => DocumentValidator.Check(index, parts, more));
    }

    /// <summary>Validates every part and, when nothing is wrong, builds the document.</summary>
    /// <param name="document">The document, or <see langword="null"/> when there were problems.</param>
    /// <param name="problems">Every problem found, the model's first; empty when the document was built.</param>
    /// <returns><see langword="true"/> when the document was built.</returns>
    /// <exception cref="InvalidOperationException">The model's builder has already built its model.</exception>
    public bool TryBuild([NotNullWhen(true)] out ExchangeDocument? document, out EquatableArray<ValidationProblem> problems)
    {
        var found = new List<ValidationProblem>();
        var parts = _parts;
        var model = Model.TryBuild(found, (index, more) => DocumentValidator.Check(index, parts, more));
        problems = found.ToEquatableArray();
        document = model is null ? null : new ExchangeDocument(model, parts);
        return document is not null;
    }

    /// <summary>Validates every part and builds the document.</summary>
    /// <returns>The document.</returns>
    /// <exception cref="ModelValidationException">Something is wrong; the exception lists every problem.</exception>
    /// <exception cref="InvalidOperationException">The model's builder has already built its model.</exception>
    public ExchangeDocument Build() =>
        TryBuild(out var document, out var problems) ? document : throw new ModelValidationException(problems);
}
