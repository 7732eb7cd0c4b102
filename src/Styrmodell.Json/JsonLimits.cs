namespace Styrmodell.Json;

/// <summary>The reader's limits, one value for every parser that reads a document, so that none refuses what another accepts.</summary>
internal static class JsonLimits
{
    /// <summary>
    /// How deeply a document may nest. A derived indicator's formula may be 32 levels deep (<c>FormulaValidator</c>),
    /// each level taking up to five JSON levels when it passes through a condition (the choice, <c>if</c>, <c>all</c>,
    /// the comparison, its operands) inside the document's own few: 256 reads every formula the model accepts, and still
    /// stops a document built to exhaust the stack.
    /// </summary>
    public const int MaxDepth = 256;
}
