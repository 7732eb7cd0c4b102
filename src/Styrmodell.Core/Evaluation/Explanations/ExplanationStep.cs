namespace Styrmodell.Evaluation;

/// <summary>
/// One step of a node's <see cref="Explanation"/>: what was used or found, as numbers and ids, never as sentences.
/// Reports turn steps into words in the language they are asked for.
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public abstract record ExplanationStep
{
    private protected ExplanationStep()
    {
    }

    /// <summary>Gets the step's stable kind.</summary>
    public abstract ExplanationStepKind Kind { get; }
}
