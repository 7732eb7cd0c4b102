using Styrmodell.Collections;
using Styrmodell.Model;

namespace Styrmodell.Json;

/// <summary>What reading a document gave: the model, or every problem found — never both, never a partial model.</summary>
/// <param name="Model">The model, or <see langword="null"/> when there were problems.</param>
/// <param name="Problems">Every problem, each with its JSON path; empty when the model was read.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record ReadResult(SteeringModel? Model, EquatableArray<JsonProblem> Problems)
{
    /// <summary>Gets the evaluation configuration the document carries (its <c>evaluation</c> section), or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public Evaluation.EvaluationOptions? Evaluation { get; init; }

    /// <summary>Gets what was ignored when reading leniently (unknown properties), each with its JSON path.</summary>
    /// <value>Default empty.</value>
    public EquatableArray<JsonProblem> Warnings { get; init; }

    /// <summary>Gets the financial record the document carries (its "finance" section), or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>: the document has no finance section, or it could not be read.</value>
    public Finance.MunicipalFinances? Finance { get; init; }

    /// <summary>Gets whether the document was read into a model.</summary>
    public bool Succeeded => Model is not null;
}
